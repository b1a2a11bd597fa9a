package org.waymark.infra.allinone.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSentinelCheckTest {
  @TempDir Path root;

  @Test
  void failsWhenTheSentinelIsInAnyModulesTestOutput() throws Exception {
    Path reports = Files.createDirectories(root.resolve("query-side/target/failsafe-reports"));
    Files.writeString(reports.resolve("a.BIT-output.txt"), "INFO all fine\n");
    Files.writeString(
        reports.resolve("a.CIT-output.txt"),
        "INFO x\nWARN registered " + LogSentinelCheck.SENTINEL + ", Zephyrine\n");

    assertThatThrownBy(() -> LogSentinelCheck.main(new String[] {root.toString(), "1"}))
        .hasMessageContaining("a.CIT-output.txt")
        .hasMessageContaining("WARN registered");
  }

  @Test
  void passesOnCleanOutputButNotOnNoOutput() throws Exception {
    Path reports = Files.createDirectories(root.resolve("command-side/target/surefire-reports"));
    Files.writeString(reports.resolve("a.BTest-output.txt"), "INFO all fine\n");
    Files.writeString(reports.resolve("a.BTest.txt"), "Quillfeather in a report, not a log\n");

    LogSentinelCheck.main(new String[] {root.toString(), "1"});
    assertThat(LogSentinelCheck.logs(root)).hasSize(1);
    assertThatThrownBy(() -> LogSentinelCheck.main(new String[] {root.toString(), "2"}))
        .hasMessageContaining("only 1 test output files");
  }
}
