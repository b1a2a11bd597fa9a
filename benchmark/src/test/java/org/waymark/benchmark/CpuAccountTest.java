package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuAccountTest {
  static final String JVM = "jvm";

  static CpuAccount.Report aWindow() {
    CpuAccount.Snapshot start =
        new CpuAccount.Snapshot(
            0L,
            Map.of(JVM, 100.0, "Elasticsearch", 40.0),
            Map.of("EventProcessor[audit]-N", 5.0, "main", 20.0));
    CpuAccount.Snapshot importEnd =
        new CpuAccount.Snapshot(
            60_000_000_000L, Map.of(JVM, 190.0, "Elasticsearch", 70.0), Map.of());
    CpuAccount.Snapshot caughtUp =
        new CpuAccount.Snapshot(
            100_000_000_000L,
            Map.of(JVM, 240.0, "Elasticsearch", 90.0),
            Map.of(
                "EventProcessor[audit]-N", 65.0,
                "HTTP requests (the import itself)", 50.0,
                "main", 20.0));
    return CpuAccount.report(2, 95_000, start, importEnd, caughtUp, JVM);
  }

  @Test
  void eachProcessIsChargedPerPhaseAndTheWindowIsJudgedAgainstTheCores() {
    CpuAccount.Report r = aWindow();
    assertThat(r.processes())
        .containsExactlyInAnyOrder(
            new CpuAccount.ProcessUse(JVM, 90, 50),
            new CpuAccount.ProcessUse("Elasticsearch", 30, 20));
    assertThat(r.wallSeconds()).isEqualTo(100);
    assertThat(r.cpuSeconds()).isEqualTo(190);
    assertThat(r.utilisation()).isEqualTo(0.95);
    assertThat(r.cpuMillisPerEvent()).isEqualTo(2.0);
  }

  @Test
  void threadGroupsAreListedLargestFirstAndTheJvmRestIsNamed() {
    assertThat(aWindow().threads())
        .containsExactly(
            new CpuAccount.ThreadUse("EventProcessor[audit]-N", 60),
            new CpuAccount.ThreadUse("HTTP requests (the import itself)", 50),
            new CpuAccount.ThreadUse(CpuAccount.JVM_INTERNAL, 30));
  }

  @Test
  void threadNamesOfOnePoolFallIntoOneGroup() {
    assertThat(CpuAccount.group("EventProcessor[attendance]-3"))
        .isEqualTo(CpuAccount.group("EventProcessor[attendance]-0"))
        .isEqualTo("EventProcessor[attendance]-N");
    assertThat(CpuAccount.group("http-nio-127.0.0.1-40123-exec-7"))
        .isEqualTo("HTTP requests (the import itself)");
    assertThat(CpuAccount.group("EventProcessor[__axon-kafka-event-publishing-group]-0"))
        .isEqualTo("event store → Kafka publisher");
  }

  @Test
  void hotSpotNativeThreadsAreGroupedAndJavaThreadsAreNot() {
    assertThat(CpuAccount.nativeGroup("GC Thread#1")).isEqualTo("JVM: garbage collector");
    assertThat(CpuAccount.nativeGroup("G1 Conc#0")).isEqualTo("JVM: garbage collector");
    assertThat(CpuAccount.nativeGroup("C2 CompilerThre")).isEqualTo("JVM: JIT compilers");
    assertThat(CpuAccount.nativeGroup("VM Thread")).isEqualTo("JVM: VM thread");
    assertThat(CpuAccount.nativeGroup("EventProcessor[")).isNull();
    assertThat(CpuAccount.nativeGroup("http-nio-127.0.")).isNull();
  }
}
