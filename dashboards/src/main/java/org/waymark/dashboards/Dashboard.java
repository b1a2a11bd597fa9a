package org.waymark.dashboards;

import java.util.List;

/**
 * A dashboard as defined once in Java and rendered to Grafana's JSON model by {@link GrafanaJson}.
 *
 * @param uid stable uid (also the file name)
 * @param title the title
 * @param description one line on who it is for and what it reads
 * @param tags Grafana tags
 * @param timeFrom the default range's start ({@code now-2y})
 * @param variables template variables, in order
 * @param panels panels, laid out left to right, wrapping at 24 columns
 */
public record Dashboard(
    String uid,
    String title,
    String description,
    List<String> tags,
    String timeFrom,
    List<Variable> variables,
    List<Panel> panels) {
  public Dashboard {
    tags = List.copyOf(tags);
    variables = List.copyOf(variables);
    panels = List.copyOf(panels);
  }

  /** The datasources its panels and variables read. */
  public List<Datasource> datasources() {
    return java.util.stream.Stream.concat(
            panels.stream().map(Panel::datasource), variables.stream().map(Variable::datasource))
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }
}
