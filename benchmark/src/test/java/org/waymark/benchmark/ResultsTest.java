package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reports render a run without infrastructure, and the floors are judged as issue 9 says. */
class ResultsTest {

  static Results aSmallRun() throws Exception {
    BenchmarkOptions options =
        BenchmarkOptions.parse(new String[] {"--learners", "1000", "--providers", "8"});
    Results r =
        new Results(
            options,
            new Machine(
                "AMD EPYC",
                2,
                2,
                23.5,
                "OpenJDK 17",
                "-Xmx2g -XX:+UseParallelGC",
                "PS MarkSweep, PS Scavenge",
                "Linux",
                Instant.EPOCH));
    r.imports.add(new ImportStep("attendance", "attendance.csv", 386_192, 1_019, 41.4));
    r.importSeconds = 215;
    r.importAndCaughtUpSeconds = 250;
    Latency fast = Latency.ofNanos(List.of(40_000_000L, 50_000_000L));
    Latency slow = Latency.ofNanos(List.of(200_000_000L, 300_000_000L));
    r.queries.add(new QueryResult("attendance", "total", "/x", 50.0, fast, null));
    r.queries.add(new QueryResult("reviews", "sex", "/y", 500.0, slow, null));
    Latency sql = Latency.ofNanos(List.of(800_000_000L));
    r.sql.add(new SqlComparison("total", sql, fast, fast, 20.0, 16.0, 20.0, true, List.of()));
    r.rebuildSeconds = 100.0;
    r.rebuildState = new ObjectMapper().readTree("{\"state\":\"RUNNING\",\"eventsBehind\":12}");
    r.rebuildStalledStatus = new ObjectMapper().readTree("{\"caughtUp\":false}");
    r.memory = List.of(new MemorySampler.Peak("PostgreSQL", 42, 12, 900_000, 300_000, 50_000));
    r.catchUpByGroup =
        List.of(new CatchUp.Group("audit", 81_000, 33.0), new CatchUp.Group("learners", 0, 0.0));
    r.cpu = CpuAccountTest.aWindow();
    r.searchWork =
        List.of(new SearchWork.IndexWork("waymark-audit-v1", 95_000, 30.5, 0, 0, 1, 2, 95_000, 40));
    r.evaluateFloors();
    return r;
  }

  @Test
  void belowTheLocalAuthorityScaleTheImportFloorIsNotMetAndSaysWhy() throws Exception {
    Floor imported = aSmallRun().floors.get(0);
    assertThat(imported.met()).isFalse();
    assertThat(imported.note()).contains("1,000 learners");
  }

  @Test
  void oneQueryOver250MsMissesTheLatencyFloorAndIsNamed() throws Exception {
    Floor p95 = aSmallRun().floors.get(1);
    assertThat(p95.met()).isFalse();
    assertThat(p95.measured()).contains("300 ms (reviews, sex); 1 of 2 over");
  }

  @Test
  void theSqlFloorTakesTheLowestRatio() throws Exception {
    Floor sql = aSmallRun().floors.get(2);
    assertThat(sql.met()).isTrue();
    assertThat(sql.measured())
        .isEqualTo("warm: lowest ×20.00 (by total); cold: lowest ×20.00 (by total)");
  }

  @Test
  void aColdRatioUnderFiveMissesTheSqlFloorEvenWhenWarmMeetsIt() throws Exception {
    Results r = aSmallRun();
    Latency sql = Latency.ofNanos(List.of(800_000_000L));
    Latency fast = Latency.ofNanos(List.of(40_000_000L));
    Latency cold = Latency.ofNanos(List.of(400_000_000L));
    r.sql.add(new SqlComparison("sex", sql, fast, cold, 20.0, 20.0, 2.0, true, List.of()));
    r.evaluateFloors();
    Floor floor = r.floors.get(2);
    assertThat(floor.met()).isFalse();
    assertThat(floor.measured()).endsWith("cold: lowest ×2.00 (by sex)");
  }

  @Test
  void bothReportsRenderEveryPart() throws Exception {
    Results r = aSmallRun();
    String md = r.markdown();
    assertThat(md)
        .contains("## Floors", "## Import and projection", "## Query latency", "## Full rebuild")
        .contains("not DONE after 100 s")
        .contains("| PostgreSQL | 42 | 12 | 49 | 879 | 293 |")
        .contains("## CPU while importing and catching up", "**2.00 ms of CPU per event**")
        .contains("| jvm | 90.0 | 50.0 | 140.0 | 74% |")
        .contains("| `EventProcessor[audit]-N` | 60.0 | 31.6% |")
        .contains("| waymark-audit-v1 | 95,000 | 30.5 | 0 | 0.0 | 1.0 | 2.0 | 95,000 | 40 |")
        .contains("| audit | 81,000 | 33.0 |", "| learners | 0 | 0.0 |")
        .contains(
            "| JVM options | `-Xmx2g -XX:+UseParallelGC`; collectors: PS MarkSweep, PS Scavenge |");
    JsonNode json = new ObjectMapper().readTree(r.json());
    assertThat(json.path("machine").path("date").asText()).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(json.path("machine").path("jvmOptions").asText())
        .isEqualTo("-Xmx2g -XX:+UseParallelGC");
    assertThat(json.path("floors")).hasSize(3);
    assertThat(json.path("queries").get(1).path("latency").path("p95").asDouble()).isEqualTo(300.0);
    assertThat(json.path("import").path("steps").get(0).path("events").asLong()).isEqualTo(1019);
    assertThat(json.path("import").path("catchUpByGroup").get(0).path("caughtUpAfterSeconds"))
        .hasToString("33.0");
    JsonNode cpu = json.path("cpuWhileImportingAndCatchingUp");
    assertThat(cpu.path("cpuSeconds").asDouble()).isEqualTo(190.0);
    // The fixture's maps have no order: find the JVM's row by name.
    JsonNode jvm = null;
    for (JsonNode p : cpu.path("processes")) {
      if (p.path("process").asText().equals(CpuAccountTest.JVM)) {
        jvm = p;
      }
    }
    assertThat(jvm).isNotNull();
    assertThat(jvm.path("catchUpSeconds").asDouble()).isEqualTo(50.0);
    assertThat(cpu.path("elasticsearchByIndex").get(0).path("indexed").asLong()).isEqualTo(95_000);
  }
}
