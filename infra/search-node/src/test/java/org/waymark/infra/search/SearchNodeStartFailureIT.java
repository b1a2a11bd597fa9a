package org.waymark.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that cannot succeed says why and leaves no process behind. */
class SearchNodeStartFailureIT {

  @TempDir Path dataDir;
  @TempDir Path scratch;

  @Test
  void aJavaOlderThan21IsRefusedWithAClearMessageAndNothingIsStarted() throws IOException {
    Path java17 = java17Home();

    assertThatThrownBy(
            () -> SearchNode.start(SearchNodeSettings.defaults(dataDir).withJavaHome(java17)))
        .isInstanceOf(JavaRuntimeNotFoundException.class)
        .hasMessageContaining("No Java 21 or newer runtime found for the Elasticsearch node")
        .hasMessageContaining(java17.toString())
        .hasMessageContaining("WAYMARK_SEARCH_JAVA_HOME");

    assertThat(searchNodeProcesses()).isEmpty();
  }

  @Test
  void aNodeNotReadyInTimeIsKilledAndTheErrorSaysSo() {
    SearchNodeSettings settings =
        SearchNodeSettings.defaults(dataDir).withStartTimeout(Duration.ofMillis(500));

    assertThatThrownBy(() -> SearchNode.start(settings))
        .isInstanceOf(SearchNodeException.class)
        .hasMessageContaining("was not ready within")
        .hasMessageContaining("it has been killed")
        .hasMessageContaining(dataDir.resolve("logs/search-node.log").toString());

    assertThat(searchNodeProcesses()).isEmpty();
  }

  @Test
  void aNodeThatCannotBindItsPortFailsWithTheTailOfItsLog() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SearchNodeSettings settings =
          SearchNodeSettings.defaults(dataDir).withHttpPort(taken.getLocalPort());

      assertThatThrownBy(() -> SearchNode.start(settings))
          .isInstanceOf(SearchNodeException.class)
          .hasMessageContaining("exited with code")
          .hasMessageContaining("Last lines of")
          .hasMessageContaining("Address already in use");
    }

    assertThat(searchNodeProcesses()).isEmpty();
  }

  /** A real JDK 17 when this test JVM is one (as on our machines), else a fake one. */
  private Path java17Home() throws IOException {
    if (Runtime.version().feature() < 21) {
      return Path.of(System.getProperty("java.home"));
    }
    Path home = Files.createDirectories(scratch.resolve("jdk-17"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.13\"\n");
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nexit 1\n");
    java.toFile().setExecutable(true);
    return home;
  }

  private static List<ProcessHandle> searchNodeProcesses() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(
            p -> p.info().commandLine().map(c -> c.contains(SearchNode.MAIN_CLASS)).orElse(false))
        .toList();
  }
}
