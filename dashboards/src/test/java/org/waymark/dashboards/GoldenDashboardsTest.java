package org.waymark.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed Grafana JSON is exactly what the Java definitions render: a change to a dashboard
 * in Java without re-rendering ({@code ./mvnw -q -B -o -pl dashboards compile exec:java}) fails
 * here.
 */
class GoldenDashboardsTest {
  static final String RERENDER = "./mvnw -q -B -o -pl dashboards compile exec:java";
  static final Path GRAFANA = RepoRoot.find().resolve("dashboards/grafana");
  static final Path DASHBOARDS = GRAFANA.resolve("dashboards");

  @Test
  void everyCommittedDashboardIsWhatTheJavaDefinitionRenders() throws IOException {
    for (Dashboard d : Dashboards.all()) {
      Path file = DASHBOARDS.resolve(d.uid() + ".json");
      assertThat(file).as("%s is not rendered; run %s", file, RERENDER).isRegularFile();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(
              "%s differs from its Java definition: Grafana would show an out-of-date dashboard;"
                  + " run %s and commit the result",
              file, RERENDER)
          .isEqualTo(GrafanaJson.render(d));
    }
  }

  @Test
  void noCommittedDashboardLacksAJavaDefinition() throws IOException {
    Set<String> expected =
        Dashboards.all().stream().map(d -> d.uid() + ".json").collect(Collectors.toSet());
    Set<String> committed;
    try (Stream<Path> files = Files.list(DASHBOARDS)) {
      committed = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    assertThat(committed)
        .as("dashboards in %s without a definition in Java would drift unseen", DASHBOARDS)
        .isEqualTo(expected);
  }

  @Test
  void uidsAndTitlesAreUnique() {
    List<Dashboard> all = Dashboards.all();
    assertThat(all).extracting(Dashboard::uid).doesNotHaveDuplicates();
    assertThat(all).extracting(Dashboard::title).doesNotHaveDuplicates();
    assertThat(all).hasSize(4);
  }

  @Test
  void everyDatasourceADashboardReadsIsProvisioned() throws IOException {
    String provisioning = Files.readString(GRAFANA.resolve("provisioning/datasources/waymark.yml"));
    Set<Datasource> used = new TreeSet<>((a, b) -> a.uid().compareTo(b.uid()));
    Dashboards.all().forEach(d -> used.addAll(d.datasources()));
    for (Datasource ds : used) {
      assertThat(provisioning)
          .as("datasource %s is used by a panel but not provisioned", ds.uid())
          .contains("uid: " + ds.uid());
      if (ds.index() != null) {
        assertThat(provisioning).contains("index: " + ds.index());
      }
    }
  }
}
