package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void jvmOptionsKeepsHeapAndCollectorOptionsInOrderAndDropsProperties() {
    assertThat(
            Machine.jvmOptions(
                List.of(
                    "-Xmx2g",
                    "-Dwaymark.secret=s3cret",
                    "-XX:+UseParallelGC",
                    "-javaagent:/x.jar",
                    "-Xss1m")))
        .isEqualTo("-Xmx2g -XX:+UseParallelGC -Xss1m");
  }

  @Test
  void noOptionsIsEmpty() {
    assertThat(Machine.jvmOptions(List.of("-Dfile.encoding=UTF-8"))).isEmpty();
  }

  @Test
  void hereDescribesTheRunningJvm() {
    Machine m = Machine.here();
    assertThat(m.collectors()).isNotBlank();
    assertThat(m.describe()).contains(m.java()).contains(m.collectors());
  }
}
