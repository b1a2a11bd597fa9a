package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops the services the ways an operator would, in a separate JVM, and checks by pid that no
 * PostgreSQL or Elasticsearch process outlives them. Every process this test starts it also stops,
 * by pid.
 */
class NoOrphanProcessIT {

  private static final Pattern STARTED_PID = Pattern.compile("ready on .*\\(pid (\\d+)\\)");
  private static final Duration STARTUP = Duration.ofMinutes(4);

  private final List<Long> everyPidSeen = new ArrayList<>();
  private Process probe;

  @AfterEach
  void stopWhatIsLeft() {
    if (probe != null) {
      probe.descendants().forEach(ProcessHandle::destroyForcibly);
      probe.destroyForcibly();
    }
    everyPidSeen.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
  }

  @Test
  void sigtermToTheJvmStopsEveryServiceProcessAndDeletesTheThrowawayDirectory() throws Exception {
    Output output = launch();

    String pidsLine = output.awaitLineStartingWith("PIDS ", STARTUP);
    List<Long> pids = Arrays.stream(pidsLine.substring(5).split(",")).map(Long::valueOf).toList();
    everyPidSeen.addAll(pids);
    assertThat(pids).as("postmaster and Elasticsearch JVM").hasSize(2).allMatch(Processes::isAlive);
    Path dataDir = Path.of(output.first("DATA ").substring(5));

    probe.destroy(); // SIGTERM: the services' shutdown hook must stop everything
    assertThat(probe.waitFor(2, TimeUnit.MINUTES)).as("probe JVM exited after SIGTERM").isTrue();

    ServiceProbes.assertAllGone(pids, Duration.ofSeconds(5));
    assertThat(Files.exists(dataDir)).as("throwaway directory left behind").isFalse();
  }

  @Test
  void sigtermWhileStartingStopsWhatHadStartedAndWhatWasStillStarting() throws Exception {
    Output output = launch();
    output.awaitLineMatching(STARTED_PID, STARTUP); // PostgreSQL is up, Elasticsearch is not yet
    List<Long> pids = new ArrayList<>(output.startedPids());
    // The node's JVM (and anything else being launched) is a child of the probe JVM.
    List<Long> children = awaitChildJvm();
    pids.addAll(children);
    everyPidSeen.addAll(pids);
    assertThat(children).as("the Elasticsearch JVM being started").isNotEmpty();

    probe.destroy(); // Ctrl-C during start-up
    assertThat(probe.waitFor(3, TimeUnit.MINUTES)).as("probe JVM exited after SIGTERM").isTrue();

    ServiceProbes.assertAllGone(pids, Duration.ofSeconds(5));
  }

  @Test
  void aFailedStartStopsTheServicesThatHadStarted(@TempDir Path notAJdk) throws Exception {
    // Elasticsearch needs Java 21+: the JDK 17 running this build makes it fail. Where the build
    // runs on 21+, a directory that is no JDK at all fails the same way.
    Path tooOld =
        Runtime.version().feature() < 21 ? Path.of(System.getProperty("java.home")) : notAJdk;
    Output output = launch("--search-java-home", tooOld.toString());

    String failure = output.awaitLineStartingWith("START FAILED", STARTUP);
    List<Long> started = output.startedPids();
    everyPidSeen.addAll(started);

    assertThat(failure).contains("Elasticsearch");
    assertThat(started).as("PostgreSQL had started before the failure was handled").isNotEmpty();
    assertThat(probe.isAlive()).as("the probe JVM is still running").isTrue();
    ServiceProbes.assertAllGone(started, Duration.ofSeconds(5));
  }

  private List<Long> awaitChildJvm() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<Long> jvms =
          probe
              .descendants()
              .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
              .map(ProcessHandle::pid)
              .toList();
      if (!jvms.isEmpty()) {
        return jvms;
      }
      Thread.sleep(100);
    }
    return List.of();
  }

  private Output launch(String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OrphanProbeMain.class.getName());
    command.addAll(List.of(args));
    probe = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new Output(probe);
  }

  /** The probe's output, line by line, echoed to ours for the report. */
  private static final class Output {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    Output(Process process) {
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println("[probe] " + line);
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // The probe is gone.
                }
              },
              "probe-output");
      reader.setDaemon(true);
      reader.start();
    }

    String awaitLineStartingWith(String prefix, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          seen.add(line);
          if (line.startsWith(prefix)) {
            return line;
          }
        }
      }
      throw new AssertionError(
          "The probe JVM printed no '" + prefix + "' within " + timeout + "; it printed " + seen);
    }

    void awaitLineMatching(Pattern pattern, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          seen.add(line);
          if (pattern.matcher(line).find()) {
            return;
          }
        }
      }
      throw new AssertionError(
          "The probe JVM printed nothing matching " + pattern + " within " + timeout);
    }

    String first(String prefix) {
      return seen.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    List<Long> startedPids() {
      List<Long> pids = new ArrayList<>();
      for (String line : seen) {
        Matcher m = STARTED_PID.matcher(line);
        if (m.find()) {
          pids.add(Long.valueOf(m.group(1)));
        }
      }
      return pids;
    }
  }
}
