package org.waymark.dashboards;

import static org.waymark.dashboards.Datasource.PROMETHEUS;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.waymark.dashboards.Query.Prometheus;

/**
 * Operations — Micrometer metrics from both sides' {@code /actuator/prometheus}: command rate and
 * latency, query latency, processor (Kafka consumer) lag and throughput per processing group,
 * Elasticsearch bulk, write and read latency, the aggregates' publication, JVM memory and GC.
 */
final class OperationsDashboard {
  private OperationsDashboard() {}

  static final String COMMAND = "job=\"waymark-command-side\"";
  static final String QUERY = "job=\"waymark-query-side\"";

  static Dashboard define() {
    return new Dashboard(
        "waymark-operations",
        "Waymark — operations",
        "Micrometer/Prometheus metrics of the command and query sides.",
        List.of("waymark", "operations"),
        "now-6h",
        List.of(),
        Stream.of(
                Panel.timeseries(
                    "Command rate by route",
                    "HTTP requests per second on the command side, by route template and method.",
                    PROMETHEUS,
                    "reqps",
                    new Prometheus(
                        "sum by (uri, method) (rate(http_server_requests_seconds_count{"
                            + COMMAND
                            + "}[5m]))",
                        "{{method}} {{uri}}")),
                Panel.timeseries(
                    "Command latency p95 by route",
                    "95th percentile of command request latency, from the histogram buckets.",
                    PROMETHEUS,
                    "s",
                    quantile(
                        "0.95", "http_server_requests_seconds_bucket{" + COMMAND + "}", "uri")),
                Panel.timeseries(
                    "Query latency by route (p50, p95, p99)",
                    "Query-side request latency percentiles per route template.",
                    PROMETHEUS,
                    "s",
                    quantile("0.5", "http_server_requests_seconds_bucket{" + QUERY + "}", "uri"),
                    quantile("0.95", "http_server_requests_seconds_bucket{" + QUERY + "}", "uri"),
                    quantile("0.99", "http_server_requests_seconds_bucket{" + QUERY + "}", "uri")),
                Panel.timeseries(
                    "Kafka consumer lag per processing group",
                    "Events on Kafka not yet projected: the topic's end offsets less each processing"
                        + " group's position. Axon's Kafka tracking processors keep their offsets in"
                        + " the token store (PostgreSQL), not in a Kafka consumer group, so this gauge"
                        + " of the query side is the consumer lag (a consumer-group exporter would see"
                        + " none).",
                    PROMETHEUS,
                    "short",
                    new Prometheus("max by (group) (waymark_projection_lag_events)", "{{group}}")),
                Panel.timeseries(
                    "Events projected per second by group",
                    "Applied and duplicate (already projected, e.g. redelivered) events.",
                    PROMETHEUS,
                    "ops",
                    new Prometheus(
                        "sum by (group, outcome) (rate(waymark_projection_events_total[5m]))",
                        "{{group}} {{outcome}}")),
                Panel.timeseries(
                    "Elasticsearch bulk latency (p95 and mean)",
                    "The bulk request that ends each processor batch.",
                    PROMETHEUS,
                    "s",
                    quantile("0.95", "waymark_elasticsearch_bulk_seconds_bucket", null),
                    new Prometheus(
                        "sum(rate(waymark_elasticsearch_bulk_seconds_sum[5m])) /"
                            + " sum(rate(waymark_elasticsearch_bulk_seconds_count[5m]))",
                        "mean")),
                Panel.timeseries(
                    "Elasticsearch read latency p95 by read model",
                    "Searches and gets behind the query API, per read model.",
                    PROMETHEUS,
                    "s",
                    quantile("0.95", "waymark_elasticsearch_read_seconds_bucket", "model")),
                Panel.timeseries(
                    "Publication of the aggregates",
                    "Longest publication of the suppressed aggregates in the last interval.",
                    PROMETHEUS,
                    "s",
                    new Prometheus(
                        "max by (instance) (waymark_published_publication_seconds_max)",
                        "{{instance}}")),
                Panel.timeseries(
                    "JVM heap used",
                    "Heap in use per instance.",
                    PROMETHEUS,
                    "bytes",
                    new Prometheus(
                        "sum by (job, instance) (jvm_memory_used_bytes{area=\"heap\"})",
                        "{{job}} {{instance}}")),
                Panel.timeseries(
                    "JVM GC pause time per second",
                    "Seconds spent in GC pauses per second, per instance.",
                    PROMETHEUS,
                    "s",
                    new Prometheus(
                        "sum by (job, instance) (rate(jvm_gc_pause_seconds_sum[5m]))",
                        "{{job}} {{instance}}")))
            .map(OperationsDashboard::withPageSource)
            .toList(),
        Set.of("ADMIN"));
  }

  /** The label each panel's current values are split by on the built-in page. */
  static String splitBy(Panel p) {
    String expr = ((Prometheus) p.queries().get(0)).expr();
    for (String label : List.of("group", "model", "uri")) {
      if (expr.contains("(" + label + ")")
          || expr.contains(", " + label + ")")
          || expr.contains("(" + label + ",")) {
        return label;
      }
    }
    if (expr.contains("jvm_gc_")) {
      return "cause";
    }
    return expr.contains("jvm_memory") ? "id" : null;
  }

  /**
   * The built-in page reads the same metrics from {@code /actuator/prometheus} and shows their
   * current values (a histogram: its mean, sum over count); the names come from the PromQL itself.
   */
  private static Panel withPageSource(Panel p) {
    return p.api(ApiCall.prometheus(List.copyOf(Dashboards.prometheusMetrics(p)), splitBy(p)));
  }

  private static Prometheus quantile(String q, String buckets, String by) {
    String labels = by == null ? "le" : "le, " + by;
    return new Prometheus(
        "histogram_quantile(" + q + ", sum by (" + labels + ") (rate(" + buckets + "[5m])))",
        "p"
            + (int) Math.round(Double.parseDouble(q) * 100)
            + (by == null ? "" : " {{" + by + "}}"));
  }
}
