package org.waymark.dashboards;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every Waymark dashboard, and what they need from the running applications. */
public final class Dashboards {
  private Dashboards() {}

  public static List<Dashboard> all() {
    return List.of(
        SeniorManagersDashboard.define(),
        GovernorsDashboard.define(),
        InspectorsDashboard.define(),
        OperationsDashboard.define());
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Set<String> PROMQL_WORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool");

  /**
   * Every Prometheus metric name the panels' PromQL uses: identifiers that are not functions
   * (followed by "("), label names (inside braces or a {@code by (…)} list) or keywords.
   */
  public static Set<String> prometheusMetrics(List<Dashboard> dashboards) {
    Set<String> out = new TreeSet<>();
    for (Dashboard d : dashboards) {
      for (Panel p : d.panels()) {
        out.addAll(prometheusMetrics(p));
      }
    }
    return out;
  }

  /** The Prometheus metric names one panel's PromQL uses. */
  public static Set<String> prometheusMetrics(Panel p) {
    Set<String> out = new TreeSet<>();
    for (Query q : p.queries()) {
      if (q instanceof Query.Prometheus prom) {
        out.addAll(metricNames(prom.expr()));
      }
    }
    return out;
  }

  /** The dashboard whose {@link Dashboard#slug()} or uid is {@code name}, if any. */
  public static java.util.Optional<Dashboard> find(String name) {
    return all().stream().filter(d -> d.slug().equals(name) || d.uid().equals(name)).findFirst();
  }

  static Set<String> metricNames(String expr) {
    String stripped =
        expr.replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ")
            .replaceAll("\"[^\"]*\"", " ");
    Set<String> out = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(stripped);
    while (m.find()) {
      String word = m.group();
      int next = m.end();
      while (next < stripped.length() && stripped.charAt(next) == ' ') {
        next++;
      }
      boolean function = next < stripped.length() && stripped.charAt(next) == '(';
      if (!function && !PROMQL_WORDS.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }
}
