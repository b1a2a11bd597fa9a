package org.waymark.infra.allinone.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.dashboards.Dashboards;
import org.waymark.infra.allinone.StartedWaymark;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Every Prometheus metric the operations dashboard's PromQL reads is exported by the running
 * application, under exactly the name the panel uses (with its {@code _total}, {@code _bucket},
 * {@code _count}, {@code _sum} or {@code _max} suffix), once it has done some work: an import, its
 * projection, a query and a publication of the aggregates.
 */
@WithEmbeddedServices
class PanelMetricsExportedIT {
  /**
   * Metrics a panel may read that only a separate exporter provides, with the reason. None today:
   * Kafka consumer lag is the application's own {@code waymark_projection_lag} gauge, since Axon's
   * tracking processors keep their offsets in the token store, not in a Kafka consumer group.
   */
  static final Map<String, String> FROM_ELSEWHERE = Map.of();

  static StartedWaymark waymark;

  @BeforeAll
  static void start() throws Exception {
    DashboardData.publishOften();
    waymark = StartedWaymark.startOn(PanelMetricsExportedIT.class, DashboardData.TODAY);
    waymark.importE2eDataset();
    waymark.get("/api/v1/indicators/attendance?by=sex&from=2025-09-01&to=2026-08-31");
    waymark.get("/api/v1/audit/events?size=5");
    DashboardData.awaitPublished(waymark);
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  @Test
  void everyMetricAnOperationsPanelReadsIsExported() throws Exception {
    Set<String> used = Dashboards.prometheusMetrics(Dashboards.all());
    Set<String> exported = scrape();
    // A GC pause is reported to its timer asynchronously after the collection: give it a moment.
    for (int i = 0; i < 20 && !exported.containsAll(used); i++) {
      System.gc();
      Thread.sleep(500);
      exported = scrape();
    }
    assertThat(used).as("the operations panels read some metrics").isNotEmpty();
    Map<String, String> missing = new TreeMap<>();
    for (String metric : used) {
      if (!exported.contains(metric) && !FROM_ELSEWHERE.containsKey(metric)) {
        missing.put(metric, "not in /actuator/prometheus");
      }
    }
    assertThat(missing).as("metrics a panel reads that the application does not export").isEmpty();
  }

  /** The sample names /actuator/prometheus exports now. */
  static Set<String> scrape() throws Exception {
    var response = waymark.send("GET", "/actuator/prometheus");
    assertThat(response.statusCode()).isEqualTo(200);
    Set<String> exported = new TreeSet<>();
    for (String line : response.body().split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int end = line.indexOf('{');
        exported.add(line.substring(0, end >= 0 ? end : line.indexOf(' ')));
      }
    }
    return exported;
  }
}
