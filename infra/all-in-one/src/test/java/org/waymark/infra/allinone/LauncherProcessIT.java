package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as the user runs it, in its own JVM: after a normal stop (SIGTERM, as Ctrl-C) or a
 * failed start, no process it started — PostgreSQL, the search node, the launcher itself — is left
 * alive. Processes are found by the ids the launcher printed, never by name.
 */
class LauncherProcessIT {
  static final Pattern PIDS = Pattern.compile("process ids \\[([0-9, ]*)]");
  static final Duration START = Duration.ofSeconds(240);

  @TempDir Path dataDir;
  Process launcher;
  final List<String> output = new CopyOnWriteArrayList<>();

  @AfterEach
  void killLeftovers() {
    if (launcher != null && launcher.isAlive()) {
      launcher.descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  Process launch(int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-Daxoniq.update-checker.disabled=true",
            "-cp",
            System.getProperty("java.class.path"),
            WaymarkAllInOne.class.getName(),
            "--no-demo");
    pb.environment().put("WAYMARK_PORT", Integer.toString(port));
    pb.environment().put("WAYMARK_DATA_DIR", dataDir.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    CompletableFuture.runAsync(
        () -> {
          try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
              output.add(line);
            }
          } catch (IOException ignored) {
            // the process ended
          }
        });
    return p;
  }

  boolean printed(String text) {
    return output.stream().anyMatch(l -> l.contains(text));
  }

  List<Long> awaitPids() throws InterruptedException {
    Instant deadline = Instant.now().plus(START);
    while (Instant.now().isBefore(deadline)) {
      for (String line : output) {
        Matcher m = PIDS.matcher(line);
        if (m.find()) {
          List<Long> pids = new ArrayList<>();
          for (String s : m.group(1).split(",")) {
            if (!s.isBlank()) {
              pids.add(Long.parseLong(s.strip()));
            }
          }
          return pids;
        }
      }
      if (!launcher.isAlive()) {
        break;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the launcher never reported its services:\n" + tail());
  }

  String tail() {
    int from = Math.max(0, output.size() - 40);
    return String.join("\n", output.subList(from, output.size()));
  }

  static List<Long> alive(List<Long> pids) {
    return pids.stream()
        .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .toList();
  }

  static List<Long> awaitGone(List<Long> pids) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!alive(pids).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    return alive(pids);
  }

  @Test
  void aNormalStopLeavesNoProcessBehind() throws Exception {
    launcher = launch(freePort());
    List<Long> pids = new ArrayList<>(awaitPids());
    Instant deadline = Instant.now().plus(START);
    while (!printed("Waymark is up") && launcher.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(printed("Waymark is up")).as("started:\n%s", tail()).isTrue();
    assertThat(pids)
        .as("PostgreSQL and the search node run as processes")
        .hasSizeGreaterThanOrEqualTo(2);
    pids.add(launcher.pid());
    launcher.descendants().map(ProcessHandle::pid).forEach(pids::add);

    launcher.destroy(); // SIGTERM, as the shell sends on Ctrl-C to an exec'd JVM's group

    assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
    assertThat(awaitGone(pids)).as("processes still alive after a normal stop").isEmpty();
    assertThat(Files.exists(dataDir)).isTrue();
  }

  @Test
  void aFailedStartLeavesNoProcessBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      launcher = launch(taken.getLocalPort());
      List<Long> pids = new ArrayList<>(awaitPids());

      assertThat(launcher.waitFor(180, TimeUnit.SECONDS))
          .as("the launcher gives up when its port is taken:\n%s", tail())
          .isTrue();
      assertThat(launcher.exitValue()).isNotZero();
      assertThat(printed("Waymark failed to start")).isTrue();
      assertThat(awaitGone(pids)).as("processes still alive after a failed start").isEmpty();
    }
  }
}
