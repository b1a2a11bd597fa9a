package org.waymark.dashboards;

/**
 * The Grafana datasources the dashboards read, with the uids the provisioning file {@code
 * grafana/provisioning/datasources/waymark.yml} gives them.
 *
 * @param uid the datasource uid
 * @param type the Grafana plugin id
 * @param index for Elasticsearch, the alias it reads
 * @param timeField for Elasticsearch, the date field Grafana's time range filters on
 */
public record Datasource(String uid, String type, String index, String timeField) {
  /**
   * Elasticsearch, alias {@code waymark-published-aggregates}: suppressed figures only, timed by
   * the first day of their period.
   */
  public static final Datasource PUBLISHED =
      new Datasource(
          "waymark-published", "elasticsearch", "waymark-published-aggregates", "periodStart");

  /** Elasticsearch, alias {@code waymark-audit}: one document per event, ids and summaries. */
  public static final Datasource AUDIT =
      new Datasource("waymark-audit", "elasticsearch", "waymark-audit", "recordedAt");

  /** Prometheus scraping both sides' {@code /actuator/prometheus}. */
  public static final Datasource PROMETHEUS =
      new Datasource("waymark-prometheus", "prometheus", null, null);
}
