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
 * @param audience the roles that may see it (TUTOR, SENIOR_MANAGER, GOVERNOR, INSPECTOR,
 *     SAFEGUARDING_LEAD, ADMIN): access control enforces this from the definition
 */
public record Dashboard(
    String uid,
    String title,
    String description,
    List<String> tags,
    String timeFrom,
    List<Variable> variables,
    List<Panel> panels,
    java.util.Set<String> audience) {
  /** What every uid starts with; the rest is the slug of the built-in page. */
  public static final String UID_PREFIX = "waymark-";

  public Dashboard {
    audience = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(audience));
    tags = List.copyOf(tags);
    variables = List.copyOf(variables);
    panels = List.copyOf(panels);
  }

  /**
   * The built-in page's path segment: {@code /dashboards/{slug}} ({@code governors}, {@code
   * senior-managers}, {@code inspectors}, {@code operations}).
   */
  public String slug() {
    return uid.startsWith(UID_PREFIX) ? uid.substring(UID_PREFIX.length()) : uid;
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
