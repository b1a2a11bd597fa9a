package org.waymark.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the CPU went while the year was imported and the projections caught up: the CPU time of
 * each process tree (user + system, from {@code /proc/PID/stat}; a tree's root also counts the
 * children it has reaped), and inside this JVM the CPU time of each group of Java threads ({@link
 * ThreadMXBean}) and of its garbage collector, JIT compilers and VM thread (native threads, from
 * {@code /proc/PID/task}). What is left is threads that ended inside the window.
 *
 * <p>It answers "what bounds the import floor": on a machine of {@code cores} cores the window
 * offers {@code cores × wall} CPU seconds, and the table says who used them.
 */
final class CpuAccount {

  /** CPU seconds of each process tree and each thread group at one instant. */
  record Snapshot(long nanoTime, Map<String, Double> processes, Map<String, Double> threads) {}

  /** CPU seconds one process tree used in each phase of the window. */
  record ProcessUse(String process, double importSeconds, double catchUpSeconds) {
    public double totalSeconds() {
      return importSeconds + catchUpSeconds;
    }
  }

  /** CPU seconds one group of this JVM's threads used over the whole window. */
  record ThreadUse(String group, double seconds) {}

  /** Everything measured between the import's start, its end and the projections caught up. */
  record Report(
      int cores,
      double importWallSeconds,
      double catchUpWallSeconds,
      long events,
      List<ProcessUse> processes,
      List<ThreadUse> threads) {

    public double wallSeconds() {
      return importWallSeconds + catchUpWallSeconds;
    }

    public double cpuSeconds() {
      return processes.stream().mapToDouble(ProcessUse::totalSeconds).sum();
    }

    /** The share of {@code cores × wall} that was used. */
    public double utilisation() {
      double offered = cores * wallSeconds();
      return offered <= 0 ? 0 : cpuSeconds() / offered;
    }

    /** CPU milliseconds per imported event, over every process. */
    public double cpuMillisPerEvent() {
      return events <= 0 ? 0 : 1000 * cpuSeconds() / events;
    }
  }

  static final String JVM_INTERNAL = "JVM: threads that ended, other native threads";

  private final Map<String, Long> roots;
  private final String jvmName;
  private final double ticksPerSecond;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /**
   * @param roots a name for each process tree → its root pid (as {@link MemorySampler} takes)
   * @param jvmName the name in {@code roots} of this JVM, whose threads are grouped
   */
  CpuAccount(Map<String, Long> roots, String jvmName) {
    this.roots = new LinkedHashMap<>(roots);
    this.jvmName = jvmName;
    this.ticksPerSecond = ProcFs.clockTicksPerSecond();
    if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
  }

  Snapshot snapshot() {
    Map<String, Double> processes = new LinkedHashMap<>();
    Set<Long> others = Set.copyOf(roots.values());
    Map<Long, List<Long>> children = ProcFs.children();
    roots.forEach(
        (name, root) -> {
          long ticks = 0;
          for (long pid : ProcFs.tree(root, others, children)) {
            ticks += ProcFs.cpuTicks(pid, pid == root);
          }
          processes.put(name, ticks / ticksPerSecond);
        });
    Map<String, Double> groups = new HashMap<>();
    long[] ids = threads.getAllThreadIds();
    ThreadInfo[] infos = threads.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      long nanos = threads.getThreadCpuTime(ids[i]);
      if (infos[i] != null && nanos > 0) {
        groups.merge(group(infos[i].getThreadName()), nanos / 1e9, Double::sum);
      }
    }
    Long jvm = roots.get(jvmName);
    if (jvm != null) {
      ProcFs.taskTicks(jvm)
          .forEach(
              (comm, ticks) -> {
                String native_ = nativeGroup(comm);
                if (native_ != null) {
                  groups.merge(native_, ticks / ticksPerSecond, Double::sum);
                }
              });
    }
    return new Snapshot(System.nanoTime(), processes, groups);
  }

  /**
   * The group of a HotSpot native thread by its kernel name ({@code comm}, at most 15 characters),
   * or null for a Java thread (counted through {@link ThreadMXBean}).
   */
  static String nativeGroup(String comm) {
    if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
      return "JVM: garbage collector";
    }
    if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
      return "JVM: JIT compilers";
    }
    if (comm.startsWith("VM Thread") || comm.startsWith("VM Periodic")) {
      return "JVM: VM thread";
    }
    return null;
  }

  /**
   * The report of the window from {@code start} through {@code importEnd} to {@code caughtUp}.
   * Thread groups are listed largest first; what this JVM used beyond its Java threads is listed as
   * {@link #JVM_INTERNAL}.
   */
  Report report(int cores, long events, Snapshot start, Snapshot importEnd, Snapshot caughtUp) {
    return report(cores, events, start, importEnd, caughtUp, jvmName);
  }

  static Report report(
      int cores,
      long events,
      Snapshot start,
      Snapshot importEnd,
      Snapshot caughtUp,
      String jvmName) {
    List<ProcessUse> processes = new ArrayList<>();
    for (String name : caughtUp.processes().keySet()) {
      double a = start.processes().getOrDefault(name, 0.0);
      double b = importEnd.processes().getOrDefault(name, a);
      double c = caughtUp.processes().getOrDefault(name, b);
      processes.add(new ProcessUse(name, Math.max(0, b - a), Math.max(0, c - b)));
    }
    List<ThreadUse> groups = new ArrayList<>();
    double javaThreads = 0;
    for (Map.Entry<String, Double> e : caughtUp.threads().entrySet()) {
      double used = Math.max(0, e.getValue() - start.threads().getOrDefault(e.getKey(), 0.0));
      if (used > 0) {
        groups.add(new ThreadUse(e.getKey(), used));
        javaThreads += used;
      }
    }
    double jvm =
        processes.stream()
            .filter(p -> p.process().equals(jvmName))
            .mapToDouble(ProcessUse::totalSeconds)
            .sum();
    if (jvm > javaThreads) {
      groups.add(new ThreadUse(JVM_INTERNAL, jvm - javaThreads));
    }
    groups.sort(Comparator.comparingDouble(ThreadUse::seconds).reversed());
    return new Report(
        cores,
        (importEnd.nanoTime() - start.nanoTime()) / 1e9,
        (caughtUp.nanoTime() - importEnd.nanoTime()) / 1e9,
        events,
        processes,
        groups);
  }

  /**
   * The group a thread's name belongs to: numbers become {@code N}, so the pool's threads add up
   * ({@code EventProcessor[audit]-0} → {@code EventProcessor[audit]-N}); the request threads that
   * run the imports are named for what they do here.
   */
  static String group(String threadName) {
    String g = threadName.replaceAll("\\d+", "N");
    if (g.startsWith("http-nio-")) {
      return "HTTP requests (the import itself)";
    }
    if (g.startsWith("EventProcessor[__axon-kafka-event-publishing-group]")) {
      return "event store → Kafka publisher";
    }
    return g;
  }
}
