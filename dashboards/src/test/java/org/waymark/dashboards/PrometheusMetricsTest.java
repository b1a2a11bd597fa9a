package org.waymark.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lists every Prometheus metric the operations panels read, in {@code
 * dashboards/grafana/prometheus-metrics.txt}, so it can be checked against a running application's
 * {@code /actuator/prometheus} (not done here: this module starts no application).
 */
class PrometheusMetricsTest {
  @Test
  void theCommittedMetricListIsWhatThePanelsUse() throws IOException {
    Path file =
        RepoRoot.find().resolve("dashboards/grafana").resolve(RenderDashboards.METRICS_FILE);
    assertThat(Files.readString(file))
        .as("%s is out of date; run %s", file, GoldenDashboardsTest.RERENDER)
        .isEqualTo(RenderDashboards.metricsList());
  }

  @Test
  void namesEveryMetricOfTheOperationsDashboard() {
    assertThat(Dashboards.prometheusMetrics(Dashboards.all()))
        .containsExactly(
            "http_server_requests_seconds_bucket",
            "http_server_requests_seconds_count",
            "jvm_gc_pause_seconds_sum",
            "jvm_memory_used_bytes",
            "waymark_elasticsearch_bulk_seconds_bucket",
            "waymark_elasticsearch_bulk_seconds_count",
            "waymark_elasticsearch_bulk_seconds_sum",
            "waymark_elasticsearch_read_seconds_bucket",
            "waymark_projection_events_total",
            "waymark_projection_lag_events",
            "waymark_published_publication_seconds_max");
  }

  @Test
  void extractsMetricNamesNotFunctionsOrLabels() {
    assertThat(
            Dashboards.metricNames(
                "histogram_quantile(0.95, sum by (le, uri) (rate(x_bucket{job=\"a\"}[5m])))"))
        .containsExactly("x_bucket");
  }
}
