package org.waymark.analytics.equality;

/**
 * A significance test and its two-sided p-value.
 *
 * @param test which test was run
 * @param pValue the two-sided p-value
 */
public record TestResult(StatisticalTest test, double pValue) {
  /** Whether the p-value is below {@link Significance#ALPHA}. */
  public boolean significant() {
    return pValue < Significance.ALPHA;
  }
}
