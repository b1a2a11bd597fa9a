package org.waymark.dashboards;

import java.util.List;

/**
 * One panel: what it shows and the queries behind it. Positions are laid out by {@link Dashboard}.
 *
 * @param title the title
 * @param description what the figure means, shown on hover
 * @param type {@code timeseries}, {@code table}, {@code stat}, {@code barchart} or {@code text}
 * @param datasource where its queries go ({@code null} for text)
 * @param queries its queries, in order (refId A, B, …)
 * @param unit the unit of its numbers ({@code percent}, {@code s}, {@code short}, {@code bytes})
 * @param width grid width out of 24
 * @param mappings value mappings (a table's {@code value} null as "suppressed"…)
 * @param columns for a table, the columns shown in order (others are hidden); empty: all
 * @param text for a text panel, its markdown
 * @param api how the all-in-one's built-in page reads the same figure from the query API ({@code
 *     null} for a text panel)
 */
public record Panel(
    String title,
    String description,
    String type,
    Datasource datasource,
    List<Query> queries,
    String unit,
    int width,
    List<Mapping> mappings,
    List<String> columns,
    String text,
    ApiCall api) {
  public Panel {
    queries = List.copyOf(queries);
    mappings = List.copyOf(mappings);
    columns = List.copyOf(columns);
  }

  public static Panel timeseries(
      String title, String description, Datasource ds, String unit, Query... queries) {
    return new Panel(
        title,
        description,
        "timeseries",
        ds,
        List.of(queries),
        unit,
        12,
        List.of(),
        List.of(),
        null,
        null);
  }

  public static Panel table(
      String title,
      String description,
      Datasource ds,
      Query query,
      List<String> columns,
      Mapping... mappings) {
    return new Panel(
        title,
        description,
        "table",
        ds,
        List.of(query),
        "short",
        12,
        List.of(mappings),
        columns,
        null,
        null);
  }

  public static Panel stat(String title, String description, Datasource ds, String unit, Query q) {
    return new Panel(
        title, description, "stat", ds, List.of(q), unit, 6, List.of(), List.of(), null, null);
  }

  public static Panel barchart(
      String title, String description, Datasource ds, String unit, Query q) {
    return new Panel(
        title, description, "barchart", ds, List.of(q), unit, 12, List.of(), List.of(), null, null);
  }

  public static Panel text(String title, String markdown) {
    return new Panel(
        title, null, "text", null, List.of(), null, 24, List.of(), List.of(), markdown, null);
  }

  /** The same panel at another width. */
  public Panel width(int w) {
    return new Panel(
        title, description, type, datasource, queries, unit, w, mappings, columns, text, api);
  }

  /** The same panel, read by the built-in page through {@code call}. */
  public Panel api(ApiCall call) {
    return new Panel(
        title, description, type, datasource, queries, unit, width, mappings, columns, text, call);
  }

  /** The same panel with another description. */
  public Panel describedAs(String d) {
    return new Panel(
        title, d, type, datasource, queries, unit, width, mappings, columns, text, api);
  }
}
