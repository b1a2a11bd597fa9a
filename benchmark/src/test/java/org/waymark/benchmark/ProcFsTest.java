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

  @Test
  void cpuTicksAreUserPlusSystemAndWithReapedChildrenTheirsToo() {
    // fields 14-17: utime 1200, stime 300, cutime 50, cstime 7
    String stat =
        "4242 (postgres: a (b) c) S 4100 4242 4242 0 -1 4194560 100 0 0 0 1200 300 50 7 20 0 1 0";
    assertThat(ProcFs.cpuTicks(stat, false)).isEqualTo(1500);
    assertThat(ProcFs.cpuTicks(stat, true)).isEqualTo(1557);
  }

  @Test
  void thisProcessHasUsedSomeCpu() {
    assertThat(ProcFs.cpuTicks(ProcessHandle.current().pid(), true)).isPositive();
    assertThat(ProcFs.cpuTicks(-1, true)).isZero();
  }

  @Test
  void theCommandNameMayHoldParentheses() {
    assertThat(ProcFs.commandName("4242 (postgres: a (b) c) S 4100"))
        .isEqualTo("postgres: a (b) c");
  }

  @Test
  void thisJvmsThreadsAreFoundByKernelName() {
    assertThat(ProcFs.taskTicks(ProcessHandle.current().pid()))
        .isNotEmpty()
        .allSatisfy((name, ticks) -> assertThat(ticks).isNotNegative());
  }
}
