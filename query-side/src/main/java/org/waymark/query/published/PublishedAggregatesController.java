package org.waymark.query.published;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/published/aggregates?indicator=&figure=&by=&group=&area=&interval=&from=&to=}:
 * the published, already-suppressed figures ({@link PublishedAggregate}) that Grafana reads, for a
 * caller who may see nothing learner-level (a governor) and for the built-in dashboard pages. Every
 * filter is optional and all but the dates are repeatable; {@code area} may hold {@code *}
 * wildcards ({@code *essential*}); {@code from}/{@code to} keep the periods that start on or after
 * {@code from} and end on or before {@code to}. Answers {@code {figures:[…]}} ordered by indicator,
 * figure, area, period and group, at most {@value #LIMIT} figures.
 */
@RestController
class PublishedAggregatesController {
  static final int LIMIT = 5_000;
  private static final List<String> INTERVALS = List.of("month", "period", "at");

  private final DocumentStore store;

  PublishedAggregatesController(DocumentStore store) {
    this.store = store;
  }

  @GetMapping("/api/v1/published/aggregates")
  Map<String, Object> aggregates(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    // area is read apart: it is repeatable and, unlike an id, may hold spaces and wildcards.
    MultiValueMap<String, String> rest = new LinkedMultiValueMap<>(raw);
    List<String> areas = Objects.requireNonNullElse(rest.remove("area"), List.of());
    Parameters p = new Parameters(rest);
    List<String> indicators = p.ids("indicator");
    List<String> figures = p.ids("figure");
    List<String> by = p.ids("by");
    List<String> groups = p.ids("group");
    List<String> intervals = p.ids("interval");
    for (String i : intervals) {
      if (!INTERVALS.contains(i)) {
        p.problem("interval", i, "must be one of " + String.join(", ", INTERVALS));
      }
    }
    for (String a : areas) {
      if (a == null || a.isBlank() || a.length() > 200) {
        p.problem("area", a, "must be an area or theme name (up to 200 characters)");
      }
    }
    LocalDate from = p.date("from", null);
    LocalDate to = p.date("to", null);
    if (from != null && to != null && from.isAfter(to)) {
      p.problem("from", from.toString(), "must not be after to (" + to + ")");
    }
    p.validate();

    BoolQuery.Builder b = new BoolQuery.Builder();
    terms(b, "indicator", indicators);
    terms(b, "figure", figures);
    terms(b, "by", by);
    terms(b, "group", groups);
    terms(b, "interval", intervals);
    if (!areas.isEmpty()) {
      b.filter(
          f ->
              f.bool(
                  any -> {
                    for (String a : areas) {
                      any.should(
                          s ->
                              a.contains("*")
                                  ? s.wildcard(w -> w.field("area").value(a))
                                  : s.term(t -> t.field("area").value(FieldValue.of(a))));
                    }
                    return any.minimumShouldMatch("1");
                  }));
    }
    if (from != null) {
      b.filter(f -> f.range(r -> r.date(d -> d.field("periodStart").gte(from.toString()))));
    }
    if (to != null) {
      b.filter(f -> f.range(r -> r.date(d -> d.field("periodEnd").lte(to.toString()))));
    }
    Query query = Query.of(q -> q.bool(b.build()));
    String alias = store.indices().alias(PublishedReadModel.MODEL);
    SearchResponse<PublishedAggregate> found =
        store
            .client()
            .search(
                s ->
                    s.index(alias)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(query)
                        .size(LIMIT)
                        .sort(o -> o.field(f -> f.field("indicator").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("figure").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("area").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("periodStart").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("periodEnd").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("group").order(SortOrder.Asc))),
                PublishedAggregate.class);
    return Map.of(
        "figures",
        found.hits().hits().stream().map(h -> h.source()).filter(Objects::nonNull).toList());
  }

  private static void terms(BoolQuery.Builder b, String field, List<String> values) {
    if (!values.isEmpty()) {
      b.filter(
          f ->
              f.terms(
                  t ->
                      t.field(field)
                          .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
  }
}
