package org.waymark.analytics.equality;

/** Which test produced a p-value. */
public enum StatisticalTest {
  /**
   * Pooled two-proportion z-test, used when every expected count of the 2×2 table is at least 5.
   */
  TWO_PROPORTION_Z,
  /** Fisher's exact test (two-sided), used when any expected count of the 2×2 table is below 5. */
  FISHER_EXACT,
  /** One-proportion z-test against a benchmark, used when n·p₀ and n·(1−p₀) are at least 5. */
  ONE_PROPORTION_Z,
  /** Exact binomial test (two-sided) against a benchmark, used when n·p₀ or n·(1−p₀) is below 5. */
  EXACT_BINOMIAL
}
