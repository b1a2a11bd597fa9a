package org.waymark.infra.allinone.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.dashboards.Dashboard;
import org.waymark.dashboards.Dashboards;
import org.waymark.dashboards.GrafanaJson;
import org.waymark.infra.allinone.StartedWaymark;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Runs every Elasticsearch panel query of every dashboard, as rendered in the Grafana JSON (index,
 * Lucene query, time range, metric and bucket aggregations), against the indices of a real import,
 * and checks each figure it returns against what the query API answers for the same filter: each
 * published figure against its indicator endpoint (or QA, watchlist, improvement-plan, self-review
 * endpoint), each aggregation bucket against the one published figure it must hold, and the audit
 * panels' counts and rows against {@code /api/v1/audit/events} and {@code /audit/amendments}.
 * Template variables take every value of the governors' characteristic and period, the learner
 * {@value #LEARNER}, the area {@value #AREA} and all providers.
 */
@WithEmbeddedServices
class PanelQueriesMatchApiIT {
  static final String LEARNER = "L03";
  static final String AREA = "maths";
  static final double EPSILON = 1e-9;

  static StartedWaymark waymark;
  static String prefix;
  static String elasticsearch;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Map<String, JsonNode> API = new HashMap<>();

  @BeforeAll
  static void start() throws Exception {
    DashboardData.publishOften();
    waymark = StartedWaymark.startOn(PanelQueriesMatchApiIT.class, DashboardData.TODAY);
    prefix = EmbeddedServicesExtension.namespaceFor(PanelQueriesMatchApiIT.class).name();
    elasticsearch = EmbeddedServicesExtension.services().elasticsearchUrl();
    DashboardData.load(waymark);
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  /** One panel query with its variables bound. */
  record Bound(String dashboard, String panel, String datasource, JsonNode target, String lucene) {
    String name() {
      return dashboard + " / " + panel + " [" + lucene + "]";
    }
  }

  @Test
  void everyElasticsearchPanelReturnsTheFiguresOfTheQueryApi() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int panels = 0;
    for (Dashboard d : Dashboards.all()) {
      JsonNode json = DashboardData.JSON.readTree(GrafanaJson.render(d));
      for (JsonNode panel : json.get("panels")) {
        JsonNode ds = panel.get("datasource");
        if (ds == null || !ds.get("type").asText().equals("elasticsearch")) {
          continue;
        }
        panels++;
        int before = checked;
        for (JsonNode target : panel.get("targets")) {
          for (String lucene : bindings(target.get("query").asText())) {
            Bound b =
                new Bound(
                    d.slug(), panel.get("title").asText(), ds.get("uid").asText(), target, lucene);
            checked += check(b, problems);
          }
        }
        if (checked == before) {
          problems.add(d.slug() + " / " + panel.get("title").asText() + ": returned nothing");
        }
      }
    }
    assertThat(panels).as("Elasticsearch panels").isGreaterThan(20);
    assertThat(problems).as("panel figures that differ from the query API").isEmpty();
    assertThat(checked).as("figures compared").isGreaterThan(500);
  }

  /** The query with every template variable bound, once per value of by and period. */
  static List<String> bindings(String query) {
    List<String> out = new ArrayList<>();
    String q =
        query
            .replace("${provider:lucene}", "*")
            .replace("$learner", LEARNER)
            .replace("$area", AREA);
    for (String by : bys(q)) {
      for (String period : q.contains("$period") ? List.of("period", "month") : List.of("")) {
        out.add(q.replace("$by", by).replace("$period", period));
      }
    }
    return out;
  }

  private static List<String> bys(String q) {
    return q.contains("$by")
        ? List.of("sex", "ethnicity", "send", "disadvantaged", "lookedAfter", "eal")
        : List.of("");
  }

  // ---- Elasticsearch, as Grafana asks it ----------------------------------------------------

  static String index(String datasource) {
    return switch (datasource) {
      case "waymark-published" -> prefix + "-published-aggregates";
      case "waymark-audit" -> prefix + "-audit";
      default -> throw new IllegalArgumentException(datasource);
    };
  }

  static String timeField(String datasource) {
    return datasource.equals("waymark-audit") ? "recordedAt" : "periodStart";
  }

  /** The search Grafana sends for the target: filter, time range, metric and buckets. */
  static ObjectNode search(Bound b, boolean raw) {
    ObjectNode body = DashboardData.JSON.createObjectNode();
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    ObjectNode qs = filter.addObject().putObject("query_string");
    qs.put("query", b.lucene());
    qs.put("analyze_wildcard", true);
    ObjectNode range = filter.addObject().putObject("range").putObject(timeField(b.datasource()));
    range.put("gte", "now-3y");
    range.put("lte", "now");
    JsonNode metric = b.target().get("metrics").get(0);
    if (raw || metric.get("type").asText().equals("raw_data")) {
      body.put("size", 500);
      body.putArray("sort").addObject().put(timeField(b.datasource()), "desc");
      return body;
    }
    body.put("size", 0);
    ObjectNode aggs = body;
    for (JsonNode bucket : b.target().get("bucketAggs")) {
      ObjectNode agg = aggs.putObject("aggs").putObject(bucket.get("id").asText());
      if (bucket.get("type").asText().equals("terms")) {
        ObjectNode terms = agg.putObject("terms");
        terms.put("field", bucket.get("field").asText());
        terms.put("size", 500);
        terms.put("min_doc_count", 1);
        terms.putObject("order").put("_key", "asc");
      } else {
        ObjectNode histogram = agg.putObject("date_histogram");
        histogram.put("field", bucket.get("field").asText());
        String interval = bucket.get("settings").get("interval").asText();
        histogram.put("calendar_interval", interval.equals("auto") ? "1d" : interval);
        histogram.put("min_doc_count", 1);
      }
      aggs = agg;
    }
    if (metric.get("type").asText().equals("avg")) {
      aggs.putObject("aggs")
          .putObject("1")
          .putObject("avg")
          .put("field", metric.get("field").asText());
    }
    return body;
  }

  static JsonNode es(String index, ObjectNode body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(elasticsearch + "/" + index + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(body + " → " + r.body()).isEqualTo(200);
    return DashboardData.JSON.readTree(r.body());
  }

  /** A leaf bucket: the terms keys on its path, its month if any, its count and metric. */
  record Leaf(Map<String, String> keys, String month, long count, Double metric) {}

  static void leaves(
      JsonNode agg,
      List<JsonNode> buckets,
      int depth,
      Map<String, String> keys,
      String month,
      List<Leaf> out) {
    if (depth == buckets.size()) {
      JsonNode avg = agg.get("1");
      out.add(
          new Leaf(
              new LinkedHashMap<>(keys),
              month,
              agg.get("doc_count").asLong(),
              avg == null || avg.get("value").isNull() ? null : avg.get("value").asDouble()));
      return;
    }
    JsonNode spec = buckets.get(depth);
    for (JsonNode bucket : agg.get(spec.get("id").asText()).get("buckets")) {
      Map<String, String> k = new LinkedHashMap<>(keys);
      String m = month;
      if (spec.get("type").asText().equals("terms")) {
        // A date field's terms are keyed by epoch millisecond; the document holds the date.
        JsonNode key =
            bucket.has("key_as_string") ? bucket.get("key_as_string") : bucket.get("key");
        String text = key.asText();
        k.put(
            spec.get("field").asText(), bucket.has("key_as_string") ? text.substring(0, 10) : text);
      } else {
        m = bucket.get("key_as_string").asText().substring(0, 10);
      }
      leaves(bucket, buckets, depth + 1, k, m, out);
    }
  }

  // ---- checks --------------------------------------------------------------------------------

  /** Checks one bound query; returns how many figures it compared. */
  static int check(Bound b, List<String> problems) throws Exception {
    String index = index(b.datasource());
    String metric = b.target().get("metrics").get(0).get("type").asText();
    List<JsonNode> docs = new ArrayList<>();
    for (JsonNode hit : es(index, search(b, true)).get("hits").get("hits")) {
      docs.add(hit.get("_source"));
    }
    if (b.datasource().equals("waymark-audit")) {
      return checkAudit(b, metric, docs, problems);
    }
    int n = 0;
    for (JsonNode doc : docs) {
      n += checkPublished(b, doc, problems);
    }
    if (!metric.equals("raw_data")) {
      List<JsonNode> buckets = new ArrayList<>();
      b.target().get("bucketAggs").forEach(buckets::add);
      List<Leaf> leaves = new ArrayList<>();
      leaves(es(index, search(b, false)).get("aggregations"), buckets, 0, Map.of(), null, leaves);
      String field = b.target().get("metrics").get(0).get("field").asText();
      for (Leaf leaf : leaves) {
        List<JsonNode> in =
            docs.stream()
                .filter(
                    doc ->
                        leaf.keys().entrySet().stream()
                            .allMatch(e -> doc.path(e.getKey()).asText().equals(e.getValue())))
                .filter(
                    doc ->
                        leaf.month() == null
                            || doc.get("periodStart").asText().equals(leaf.month()))
                .toList();
        if (in.size() != 1 || leaf.count() != 1) {
          problems.add(b.name() + " bucket " + leaf + " holds " + in.size() + " figures, not one");
          continue;
        }
        JsonNode v = in.get(0).get(field);
        Double expected = v == null || v.isNull() ? null : v.asDouble();
        if (!same(expected, leaf.metric())) {
          problems.add(b.name() + " bucket " + leaf + ": " + leaf.metric() + " ≠ " + expected);
        }
        n++;
      }
    }
    return n;
  }

  /** A published figure against the query API's answer for the same filter. */
  static int checkPublished(Bound b, JsonNode doc, List<String> problems) throws Exception {
    String indicator = doc.get("indicator").asText();
    String figure = doc.get("figure").asText();
    String by = doc.get("by").asText();
    String group = doc.get("group").asText();
    String start = doc.get("periodStart").asText();
    String end = doc.get("periodEnd").asText();
    String area = doc.get("area").isNull() ? null : doc.get("area").asText();
    Double value = doc.get("value").isNull() ? null : doc.get("value").asDouble();
    String what =
        b.name()
            + " "
            + indicator
            + "/"
            + figure
            + "/"
            + by
            + "="
            + group
            + " "
            + start
            + ".."
            + end
            + (area == null ? "" : " " + area);
    Double expected;
    switch (indicator) {
      case "attendance", "progress", "targets", "reviews" -> {
        String path =
            "/api/v1/indicators/"
                + indicator
                + "?"
                + (indicator.equals("reviews") ? "at=" + end : "from=" + start + "&to=" + end)
                + (by.equals("total") ? "" : "&by=" + by)
                + (area == null ? "" : "&area=" + enc(area));
        JsonNode answer = api(path);
        JsonNode row =
            by.equals("total") ? answer.get("total") : find(answer.get("groups"), "group", group);
        if (row == null) {
          problems.add(what + ": no such group in " + path);
          return 0;
        }
        boolean suppressed = row.get("suppressed").asBoolean();
        if (suppressed != doc.get("suppressed").asBoolean()) {
          problems.add(
              what + ": suppressed " + doc.get("suppressed") + " but the API says " + suppressed);
        }
        expected = number(row.get(figure));
        String learnersField = indicator.equals("reviews") ? "active" : "learners";
        Double learners = doc.get("learners").isNull() ? null : doc.get("learners").asDouble();
        if (!same(number(row.get(learnersField)), learners)) {
          problems.add(
              what + ": learners " + learners + " but the API says " + row.get(learnersField));
        }
        Double gap = doc.get("gapToRest").isNull() ? null : doc.get("gapToRest").asDouble();
        if (gap != null && indicator.equals("progress")) {
          if (!same(number(row.get("gap")), gap)) {
            problems.add(what + ": gap to rest " + gap + " but the API's gap is " + row.get("gap"));
          }
        } else if (gap != null && figure.equals("absenceRate")) {
          Double rest = restAbsenceRate(answer.get("total"), row);
          if (rest != null && !same(value - rest, gap)) {
            problems.add(
                what + ": gap to rest " + gap + " but the API's figures give " + (value - rest));
          }
        }
      }
      case "qa", "registration" -> {
        JsonNode providers = api("/api/v1/qa/providers?at=" + end).get("providers");
        if (by.equals("total")) {
          expected =
              switch (figure) {
                case "providers" -> (double) providers.size();
                case "suitable" -> count(providers, p -> p.get("suitable").asBoolean());
                case "mustRegister" -> count(providers, p -> p.get("mustRegister").asBoolean());
                default -> null;
              };
        } else {
          JsonNode p = find(providers, "providerId", group);
          expected =
              p == null
                  ? null
                  : switch (figure) {
                    case "suitable" -> flag(p.get("suitable").asBoolean());
                    case "registered" -> flag(p.get("registered").asBoolean());
                    case "visited" -> flag(!p.get("latestVisit").isNull());
                    case "mustRegister" -> flag(p.get("mustRegister").asBoolean());
                    case "breaches" -> p.get("breaches").asDouble();
                    default -> null;
                  };
        }
      }
      case "qa-theme" -> {
        JsonNode themes = api("/api/v1/qa/providers/" + group + "?at=" + end).get("themes");
        String theme = area.substring(0, area.indexOf(' '));
        JsonNode t = find(themes, "theme", theme);
        expected = t == null ? null : number(t.get(figure));
      }
      case "improvement-actions" ->
          expected =
              (double)
                  api("/api/v1/qa/improvement-plans?overdueAt="
                          + end
                          + (by.equals("total") ? "" : "&provider=" + group))
                      .get("actions")
                      .size();
      case "watchlist" ->
          expected =
              (double)
                  api("/api/v1/watchlist/falling-behind?at="
                          + end
                          + (by.equals("total") ? "" : "&provider=" + group))
                      .get("learners")
                      .size();
      case "self-review" -> {
        JsonNode r = api("/api/v1/self-reviews/" + DashboardData.SELF_REVIEW);
        if (!group.equals(r.get("providerId").asText()) || !area.equals(r.get("title").asText())) {
          problems.add(what + ": no such self-review in the test data");
          return 0;
        }
        int items = r.get("items").asInt();
        int inPlace = r.get("inPlace").asInt();
        int partly = r.get("partly").asInt();
        int gapCount = r.get("gap").asInt();
        expected =
            switch (figure) {
              case "items" -> (double) items;
              case "inPlace" -> (double) inPlace;
              case "partly" -> (double) partly;
              case "gap" -> (double) gapCount;
              case "unjudged" -> (double) (items - inPlace - partly - gapCount);
              case "gaps" -> (double) r.get("gaps").size();
              default -> null;
            };
      }
      default -> {
        problems.add(what + ": no query API figure known for indicator " + indicator);
        return 0;
      }
    }
    if (!same(expected, value)) {
      problems.add(what + ": published " + value + " but the API says " + expected);
    }
    return 1;
  }

  /** The absence rate of everyone outside {@code row}, from the total's and the row's sums. */
  static Double restAbsenceRate(JsonNode total, JsonNode row) {
    if (total.get("suppressed").asBoolean() || row.get("suppressed").asBoolean()) {
      return null;
    }
    double possible = total.get("possible").asDouble() - row.get("possible").asDouble();
    double absent =
        total.get("authorised").asDouble()
            + total.get("unauthorised").asDouble()
            - row.get("authorised").asDouble()
            - row.get("unauthorised").asDouble();
    return possible == 0 ? null : absent / possible * 100;
  }

  /** Audit panels: counts per bucket key and rows against the audit API. */
  static int checkAudit(Bound b, String metric, List<JsonNode> docs, List<String> problems)
      throws Exception {
    JsonNode events = api("/api/v1/audit/events?size=500");
    assertThat(events.get("total").asLong()).as("events within one page").isLessThanOrEqualTo(500);
    int n = 0;
    if (metric.equals("count")) {
      List<JsonNode> buckets = new ArrayList<>();
      b.target().get("bucketAggs").forEach(buckets::add);
      List<Leaf> leaves = new ArrayList<>();
      leaves(
          es(index(b.datasource()), search(b, false)).get("aggregations"),
          buckets,
          0,
          Map.of(),
          null,
          leaves);
      Map<String, Long> esCounts = new TreeMap<>();
      for (Leaf leaf : leaves) {
        esCounts.merge(String.join("|", leaf.keys().values()), leaf.count(), Long::sum);
      }
      String field = buckets.get(0).get("field").asText();
      Map<String, Long> apiCounts = new TreeMap<>();
      for (JsonNode e : events.get("events")) {
        if (!e.path(field).isNull() && !e.path(field).isMissingNode()) {
          apiCounts.merge(e.get(field).asText(), 1L, Long::sum);
        }
      }
      if (!esCounts.equals(apiCounts)) {
        problems.add(b.name() + ": counts " + esCounts + " but the API lists " + apiCounts);
      }
      return esCounts.size();
    }
    // Rows: the same events (by position) as the API lists for the same filter.
    String lucene = b.lucene();
    JsonNode listed;
    if (lucene.startsWith("learnerId:")) {
      listed = api("/api/v1/audit/events?size=500&learner=" + LEARNER).get("events");
    } else if (lucene.startsWith("type:")) {
      listed = api("/api/v1/audit/amendments").get("amendments");
      List<JsonNode> marks = new ArrayList<>();
      for (JsonNode a : listed) {
        if (a.get("type").asText().equals(lucene.substring("type:".length()))) {
          marks.add(a);
        }
      }
      listed = DashboardData.JSON.valueToTree(marks);
      for (JsonNode doc : docs) {
        JsonNode a = find(listed, "position", doc.get("position").asText());
        if (a == null) {
          continue;
        }
        JsonNode payload = doc.get("payload");
        boolean codes = false;
        for (JsonNode c : a.get("changes")) {
          codes |=
              Objects.equals(c.get("oldValue").asText(), payload.get("oldCode").asText())
                  && Objects.equals(c.get("newValue").asText(), payload.get("newCode").asText());
        }
        if (!codes
            || !a.get("reason").asText().equals(payload.get("reason").asText())
            || !a.get("recordedBy").asText().equals(doc.get("recordedBy").asText())) {
          problems.add(b.name() + ": amendment " + doc + " but the API says " + a);
        }
        n++;
      }
    } else {
      problems.add(b.name() + ": no audit API filter known for " + lucene);
      return 0;
    }
    List<String> esPositions = docs.stream().map(d -> d.get("position").asText()).sorted().toList();
    List<String> apiPositions = new ArrayList<>();
    listed.forEach(e -> apiPositions.add(e.get("position").asText()));
    apiPositions.sort(null);
    if (!esPositions.equals(apiPositions)) {
      problems.add(b.name() + ": events " + esPositions + " but the API lists " + apiPositions);
    }
    return n + esPositions.size();
  }

  // ---- helpers -------------------------------------------------------------------------------

  static JsonNode api(String path) throws Exception {
    JsonNode cached = API.get(path);
    if (cached == null) {
      cached = waymark.get(path);
      API.put(path, cached);
    }
    return cached;
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      JsonNode n = it.next();
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    return null;
  }

  static Double count(JsonNode array, java.util.function.Predicate<JsonNode> p) {
    double n = 0;
    for (JsonNode x : array) {
      n += p.test(x) ? 1 : 0;
    }
    return n;
  }

  static Double flag(boolean b) {
    return b ? 1.0 : 0.0;
  }

  static Double number(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asDouble();
  }

  static boolean same(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
