package org.waymark.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The machine a run measured: CPU model and count from {@code /proc/cpuinfo}, memory from {@code
 * /proc/meminfo}, this JVM's Java version, the heap and collector options it was started with (they
 * change the figures: the platform runs inside this JVM), and when.
 *
 * @param jvmOptions this JVM's {@code -X} options ({@code -Xmx2g -XX:+UseParallelGC}), in the order
 *     given; empty when there were none
 * @param collectors the garbage collectors in use, as the JVM names them
 */
record Machine(
    String cpuModel,
    int cpus,
    int availableProcessors,
    double memoryGiB,
    String java,
    String jvmOptions,
    String collectors,
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
        jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", ")),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        Instant.now());
  }

  /** The {@code -X…} arguments of {@code arguments} (heap, collector), space-separated. */
  static String jvmOptions(List<String> arguments) {
    return arguments.stream().filter(a -> a.startsWith("-X")).collect(Collectors.joining(" "));
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%s, %d CPUs (%d available to the JVM), %.1f GiB, Java %s (%s; %s), %s",
        cpuModel,
        cpus,
        availableProcessors,
        memoryGiB,
        java,
        jvmOptions.isEmpty() ? "default options" : jvmOptions,
        collectors,
        os);
  }
}
