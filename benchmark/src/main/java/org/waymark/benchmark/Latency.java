package org.waymark.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * Latency figures of one query over its timed requests (warm-up excluded), in milliseconds.
 * Percentiles are nearest-rank: the smallest sample such that at least p% of the samples are at or
 * below it (so with 30 samples p95 is the 29th smallest and p99 the largest).
 *
 * @param samples how many timed requests
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param mean the arithmetic mean
 * @param max the slowest request
 */
public record Latency(int samples, double p50, double p95, double p99, double mean, double max) {

  /** The figures of {@code nanos} (one duration per request); at least one sample. */
  public static Latency ofNanos(List<Long> nanos) {
    if (nanos.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Latency(
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        millis(Arrays.stream(sorted).average().orElse(0)),
        millis(sorted[sorted.length - 1]));
  }

  /** Nearest-rank percentile of ascending {@code sorted}: the ⌈p/100 × n⌉-th smallest. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    int rank = (int) Math.ceil(p * sorted.length / 100.0);
    return sorted[Math.max(1, rank) - 1];
  }

  private static double millis(double nanos) {
    return nanos / 1e6;
  }
}
