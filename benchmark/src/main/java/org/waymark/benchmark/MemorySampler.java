package org.waymark.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples, once a second, the memory of each process of the platform and keeps the peaks: this JVM
 * (the command and query sides and the in-JVM Kafka broker), PostgreSQL (the postmaster and every
 * backend and helper below it) and the Elasticsearch node's JVM (and anything it forks).
 *
 * <p>For each process tree two sums are sampled: of resident set sizes (VmRSS; an upper bound, as
 * PostgreSQL's shared buffers count once per backend) and of proportional set sizes (Pss of {@code
 * smaps_rollup}; shared pages divided among their users, so the sum is what the tree really holds).
 * For the single-process JVMs the kernel's own high-water mark (VmHWM) is read at the end too.
 */
final class MemorySampler implements AutoCloseable {

  /** The peak figures of one process tree, in kB. */
  record Peak(String process, long rootPid, int processes, long rssKb, long pssKb, long hwmKb) {}

  private final Map<String, Long> roots;
  private final Map<String, long[]> peaks = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private int samples;
  private double loadSum;
  private int loadSamples;
  private volatile double loadMax;

  /**
   * @param roots a name for each process tree → its root pid
   */
  MemorySampler(Map<String, Long> roots) {
    this.roots = new LinkedHashMap<>(roots);
    this.thread = new Thread(this::run, "benchmark-memory-sampler");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void run() {
    while (running) {
      sample();
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * One sample of every tree now. Pss is read every fifth sample only: {@code smaps_rollup} walks
   * the page tables, which for two large JVMs costs a few per cent of a core when done each second.
   */
  synchronized void sample() {
    boolean withPss = samples++ % 5 == 0;
    double load = ProcFs.loadAverage();
    if (load >= 0) {
      loadSum += load;
      loadSamples++;
      loadMax = Math.max(loadMax, load);
    }
    // One scan of /proc per sample, walked for each tree (it was one scan per tree).
    java.util.Map<Long, List<Long>> children = ProcFs.children();
    java.util.Set<Long> others = java.util.Set.copyOf(roots.values());
    roots.forEach(
        (name, root) -> {
          List<Long> tree = ProcFs.tree(root, others, children);
          long rss = 0;
          long pss = 0;
          for (long pid : tree) {
            rss += ProcFs.statusKb(pid, "VmRSS").orElse(0);
            pss += withPss ? ProcFs.pssKb(pid).orElse(0) : 0;
          }
          long[] p = peaks.computeIfAbsent(name, k -> new long[3]);
          synchronized (p) {
            p[0] = Math.max(p[0], tree.size());
            p[1] = Math.max(p[1], rss);
            p[2] = Math.max(p[2], pss);
          }
        });
  }

  /** The mean of the sampled 1-minute load averages: above 2 on 2 cores, something waited. */
  synchronized double meanLoad() {
    return loadSamples == 0 ? -1 : loadSum / loadSamples;
  }

  double maxLoad() {
    return loadMax;
  }

  /** The peaks so far, one per tree in the order given. */
  synchronized List<Peak> peaks() {
    samples = 0; // the last sample reads Pss too
    sample();
    return roots.entrySet().stream()
        .map(
            e -> {
              long[] p = peaks.getOrDefault(e.getKey(), new long[3]);
              OptionalLong hwm = ProcFs.statusKb(e.getValue(), "VmHWM");
              synchronized (p) {
                return new Peak(e.getKey(), e.getValue(), (int) p[0], p[1], p[2], hwm.orElse(-1));
              }
            })
        .toList();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
