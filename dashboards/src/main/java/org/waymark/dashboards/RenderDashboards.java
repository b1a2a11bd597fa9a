package org.waymark.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders every dashboard to {@code <dir>/<uid>.json} and the Prometheus metric names the
 * operations panels use to {@code <dir>/../prometheus-metrics.txt}. Run with {@code ./mvnw -q -B -o
 * -pl dashboards compile exec:java}.
 */
public final class RenderDashboards {
  private RenderDashboards() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "dashboards/grafana/dashboards");
    Files.createDirectories(dir);
    for (Dashboard d : Dashboards.all()) {
      Path file = dir.resolve(d.uid() + ".json");
      Files.writeString(file, GrafanaJson.render(d), StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
    Path metrics = dir.resolveSibling(METRICS_FILE);
    Files.writeString(metrics, metricsList(), StandardCharsets.UTF_8);
    System.out.println("wrote " + metrics);
  }

  /** The file, next to the dashboards' directory, listing the Prometheus metrics the panels use. */
  public static final String METRICS_FILE = "prometheus-metrics.txt";

  public static String metricsList() {
    StringBuilder b =
        new StringBuilder(
            "# Prometheus metrics the operations dashboard reads (rendered by RenderDashboards);\n"
                + "# each must be exported by a running command side or query side.\n");
    Dashboards.prometheusMetrics(Dashboards.all()).forEach(m -> b.append(m).append('\n'));
    return b.toString();
  }
}
