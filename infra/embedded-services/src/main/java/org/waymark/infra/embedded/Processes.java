package org.waymark.infra.embedded;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Stops processes we know by pid: politely first, then forcibly. */
final class Processes {

  private Processes() {}

  static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns whether the process is gone. */
  static boolean terminate(long pid, Duration grace) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return true;
    }
    handle.get().destroy();
    if (awaitExit(handle.get(), grace)) {
      return true;
    }
    handle.get().destroyForcibly();
    return awaitExit(handle.get(), Duration.ofSeconds(10));
  }

  static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    } catch (Exception e) {
      return !handle.isAlive();
    }
  }
}
