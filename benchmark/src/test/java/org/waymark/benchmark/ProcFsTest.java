package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcFsTest {

  @Test
  void theParentPidIsReadAfterACommandNameWithSpacesAndParentheses() {
    assertThat(ProcFs.parentPid("4242 (postgres: a (b) c) S 4100 4242 4242 0 -1")).isEqualTo(4100);
  }

  @Test
  void aKilobyteFieldIsReadByName() {
    String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  812345 kB\nVmRSS:\t  700000 kB\n";
    assertThat(ProcFs.kbField(status, "VmHWM")).hasValue(812345);
    assertThat(ProcFs.kbField(status, "VmRSS")).hasValue(700000);
    assertThat(ProcFs.kbField(status, "Pss")).isEmpty();
  }
}
