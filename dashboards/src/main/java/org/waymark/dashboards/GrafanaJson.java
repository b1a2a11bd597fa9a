package org.waymark.dashboards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Renders a {@link Dashboard} to Grafana's dashboard JSON model (schema version 39), deterministic
 * to the byte so the committed files can be compared with a fresh rendering.
 */
public final class GrafanaJson {
  static final int SCHEMA_VERSION = 39;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PANEL_HEIGHT = 8;

  private GrafanaJson() {}

  /** The dashboard as pretty-printed JSON with a final newline. */
  public static String render(Dashboard d) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree(d)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode tree(Dashboard d) {
    ObjectNode root = JSON.createObjectNode();
    root.put("uid", d.uid());
    root.put("title", d.title());
    root.put("description", d.description());
    ArrayNode tags = root.putArray("tags");
    d.tags().forEach(tags::add);
    root.put("timezone", "browser");
    root.put("editable", false);
    root.put("graphTooltip", 1);
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("version", 1);
    root.put("refresh", "1m");
    ObjectNode time = root.putObject("time");
    time.put("from", d.timeFrom());
    time.put("to", "now");
    root.putObject("annotations").putArray("list");
    ArrayNode vars = root.putObject("templating").putArray("list");
    d.variables().forEach(v -> vars.add(variable(v)));
    ArrayNode panels = root.putArray("panels");
    int x = 0;
    int y = 0;
    int id = 1;
    for (Panel p : d.panels()) {
      if (x + p.width() > 24) {
        x = 0;
        y += PANEL_HEIGHT;
      }
      panels.add(panel(p, id++, x, y));
      x += p.width();
    }
    return root;
  }

  private static ObjectNode datasource(Datasource ds) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", ds.type());
    n.put("uid", ds.uid());
    return n;
  }

  private static ObjectNode variable(Variable v) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", v.name());
    n.put("label", v.label());
    n.put("type", v.kind());
    n.put("query", v.query());
    n.put("hide", 0);
    n.put("skipUrlSync", false);
    switch (v.kind()) {
      case "query" -> {
        n.set("datasource", datasource(v.datasource()));
        n.put("definition", v.query());
        n.put("refresh", 2);
        n.put("sort", 1);
        n.put("multi", v.multi());
        n.put("includeAll", v.multi());
        ObjectNode current = n.putObject("current");
        if (v.multi()) {
          current.putArray("text").add("All");
          current.putArray("value").add("$__all");
        }
        n.putArray("options");
      }
      case "custom", "textbox" -> {
        n.put("multi", false);
        n.put("includeAll", false);
        ObjectNode current = n.putObject("current");
        current.put("text", v.initial());
        current.put("value", v.initial());
        ArrayNode options = n.putArray("options");
        for (String value : v.query().split(",")) {
          ObjectNode o = options.addObject();
          o.put("selected", value.equals(v.initial()));
          o.put("text", value);
          o.put("value", value);
        }
      }
      default -> throw new IllegalArgumentException("variable kind " + v.kind());
    }
    return n;
  }

  private static ObjectNode panel(Panel p, int id, int x, int y) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("type", p.type());
    n.put("title", p.title());
    if (p.description() != null) {
      n.put("description", p.description());
    }
    ObjectNode grid = n.putObject("gridPos");
    grid.put("h", PANEL_HEIGHT);
    grid.put("w", p.width());
    grid.put("x", x);
    grid.put("y", y);
    if (p.type().equals("text")) {
      ObjectNode options = n.putObject("options");
      options.put("mode", "markdown");
      options.put("content", p.text());
      return n;
    }
    n.set("datasource", datasource(p.datasource()));
    ArrayNode targets = n.putArray("targets");
    char ref = 'A';
    for (Query q : p.queries()) {
      ObjectNode t = targets.addObject();
      t.put("refId", String.valueOf(ref++));
      t.set("datasource", datasource(p.datasource()));
      if (q instanceof Query.Elasticsearch es) {
        elasticsearch(t, es, p.datasource().timeField());
      } else if (q instanceof Query.Prometheus prom) {
        t.put("expr", prom.expr());
        t.put("legendFormat", prom.legend());
        t.put("range", true);
      }
    }
    ObjectNode fieldConfig = n.putObject("fieldConfig");
    ObjectNode defaults = fieldConfig.putObject("defaults");
    defaults.put("unit", p.unit());
    defaults.putArray("mappings");
    ArrayNode overrides = fieldConfig.putArray("overrides");
    for (Mapping m : p.mappings()) {
      ObjectNode o = overrides.addObject();
      ObjectNode matcher = o.putObject("matcher");
      matcher.put("id", "byName");
      matcher.put("options", m.field());
      ObjectNode prop = o.putArray("properties").addObject();
      prop.put("id", "mappings");
      ArrayNode mappings = prop.putArray("value");
      int index = 0;
      if (m.nullText() != null) {
        ObjectNode special = mappings.addObject();
        special.put("type", "special");
        ObjectNode options = special.putObject("options");
        options.put("match", "null");
        ObjectNode result = options.putObject("result");
        result.put("text", m.nullText());
        result.put("index", index++);
      }
      if (!m.values().isEmpty()) {
        ObjectNode value = mappings.addObject();
        value.put("type", "value");
        ObjectNode options = value.putObject("options");
        for (Map.Entry<String, String> e : m.values().entrySet()) {
          ObjectNode result = options.putObject(e.getKey());
          result.put("text", e.getValue());
          result.put("index", index++);
        }
      }
    }
    if (p.type().equals("table") && !p.columns().isEmpty()) {
      ArrayNode transformations = n.putArray("transformations");
      // Only the named columns: the raw document's other fields are hidden, then ordered.
      ObjectNode filter = transformations.addObject();
      filter.put("id", "filterFieldsByName");
      ArrayNode names = filter.putObject("options").putObject("include").putArray("names");
      p.columns().forEach(names::add);
      ObjectNode organize = transformations.addObject();
      organize.put("id", "organize");
      ObjectNode indexByName = organize.putObject("options").putObject("indexByName");
      for (int i = 0; i < p.columns().size(); i++) {
        indexByName.put(p.columns().get(i), i);
      }
    }
    ObjectNode options = n.putObject("options");
    switch (p.type()) {
      case "timeseries" -> {
        options.putObject("legend").put("displayMode", "table").put("placement", "bottom");
        options.putObject("tooltip").put("mode", "multi");
      }
      case "stat" -> options.putObject("reduceOptions").putArray("calcs").add("lastNotNull");
      case "table" -> options.put("showHeader", true);
      case "barchart" -> options.put("orientation", "horizontal");
      default -> {}
    }
    return n;
  }

  private static void elasticsearch(ObjectNode t, Query.Elasticsearch es, String timeField) {
    t.put("query", es.lucene());
    t.put("timeField", timeField);
    t.put("queryType", "metrics");
    if (es.alias() != null) {
      t.put("alias", es.alias());
    }
    ObjectNode metric = t.putArray("metrics").addObject();
    metric.put("id", "1");
    metric.put("type", es.metric());
    if (es.field() != null) {
      metric.put("field", es.field());
    }
    if (es.metric().equals("raw_data")) {
      metric.putObject("settings").put("size", "500");
    }
    ArrayNode buckets = t.putArray("bucketAggs");
    int id = 2;
    for (String field : es.termsFields()) {
      ObjectNode b = buckets.addObject();
      b.put("id", String.valueOf(id++));
      b.put("type", "terms");
      b.put("field", field);
      ObjectNode settings = b.putObject("settings");
      settings.put("min_doc_count", "1");
      settings.put("order", "asc");
      settings.put("orderBy", "_term");
      settings.put("size", "50");
    }
    if (es.histogram()) {
      ObjectNode b = buckets.addObject();
      b.put("id", String.valueOf(id));
      b.put("type", "date_histogram");
      b.put("field", timeField);
      ObjectNode settings = b.putObject("settings");
      settings.put("interval", es.interval());
      settings.put("min_doc_count", "0");
    }
  }
}
