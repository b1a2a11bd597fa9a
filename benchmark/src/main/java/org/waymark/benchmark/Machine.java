package org.waymark.benchmark;

import java.time.Instant;
import java.util.Locale;

/**
 * The machine a run measured: CPU model and count from {@code /proc/cpuinfo}, memory from {@code
 * /proc/meminfo}, this JVM's Java version, and when.
 */
record Machine(
    String cpuModel,
    int cpus,
    int availableProcessors,
    double memoryGiB,
    String java,
    String os,
    Instant date) {

  static Machine here() {
    return new Machine(
        ProcFs.cpuModel(),
        ProcFs.cpuCount(),
        Runtime.getRuntime().availableProcessors(),
        ProcFs.memTotalKb() / 1024.0 / 1024.0,
        System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.runtime.version", System.getProperty("java.version")),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        Instant.now());
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d CPUs (%d available to the JVM), %.1f GiB, Java %s, %s",
        cpuModel,
        cpus,
        availableProcessors,
        memoryGiB,
        java,
        os);
  }
}
