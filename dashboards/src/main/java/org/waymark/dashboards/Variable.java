package org.waymark.dashboards;

import java.util.List;

/**
 * A template variable.
 *
 * @param name its name ({@code $name} in queries)
 * @param label its label
 * @param kind {@code query} (values from a datasource), {@code custom} (fixed values) or {@code
 *     textbox}
 * @param datasource for a query variable, where its values come from
 * @param query for a query variable, the datasource query (Elasticsearch: {@code {"find": "terms",
 *     …}}); for a custom variable, the values comma-separated; for a textbox, its default
 * @param multi whether several values may be chosen (with "All")
 */
public record Variable(
    String name, String label, String kind, Datasource datasource, String query, boolean multi) {

  /** Values of {@code field} among the documents matching {@code lucene}. */
  public static Variable terms(
      String name, String label, Datasource ds, String field, String lucene, boolean multi) {
    String q =
        "{\"find\": \"terms\", \"field\": \""
            + field
            + "\", \"query\": \""
            + lucene.replace("\"", "\\\"")
            + "\"}";
    return new Variable(name, label, "query", ds, q, multi);
  }

  public static Variable custom(String name, String label, List<String> values) {
    return new Variable(name, label, "custom", null, String.join(",", values), false);
  }

  public static Variable textbox(String name, String label, String defaultValue) {
    return new Variable(name, label, "textbox", null, defaultValue, false);
  }

  /** The first value of a custom variable or a textbox's default: the one selected at first. */
  public String initial() {
    return kind.equals("query") ? null : query.split(",")[0];
  }
}
