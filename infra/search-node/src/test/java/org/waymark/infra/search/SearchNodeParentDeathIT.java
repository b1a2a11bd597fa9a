package org.waymark.infra.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node must not outlive an application that is killed outright (no shutdown hook runs). */
class SearchNodeParentDeathIT {

  @TempDir Path dataDir;

  @Test
  void theNodeStopsWhenItsParentIsKilledOutright() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process parent =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ParentProcessMain.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    long nodePid = 0;
    try {
      nodePid = readNodePid(parent);
      assertThat(ProcessHandle.of(nodePid).map(ProcessHandle::isAlive)).contains(true);

      parent.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
      assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();

      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (alive(nodePid) && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(alive(nodePid))
          .as("search node pid %d still runs 30 s after its parent was killed", nodePid)
          .isFalse();
    } finally {
      parent.destroyForcibly();
      if (nodePid != 0) {
        ProcessHandle.of(nodePid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static long readNodePid(Process parent) throws IOException {
    List<String> output = new ArrayList<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith(ParentProcessMain.PID_PREFIX)) {
        return Long.parseLong(line.substring(ParentProcessMain.PID_PREFIX.length()).trim());
      }
      output.add(line);
    }
    return fail("the parent exited without starting a node:\n" + String.join("\n", output));
  }

  private static boolean alive(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    return handle.map(ProcessHandle::isAlive).orElse(false);
  }
}
