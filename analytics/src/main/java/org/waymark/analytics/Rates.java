package org.waymark.analytics;

/**
 * The one way every indicator turns counts into a rate (CONTRACT.md "Scope and group membership":
 * "Rates are percentages, unrounded; null where the denominator is 0").
 */
public final class Rates {
  private Rates() {}

  /**
   * @return {@code numerator / denominator × 100}, unrounded, or {@code null} when the denominator
   *     is 0
   * @throws IllegalArgumentException when a count is negative
   */
  public static Double percent(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + numerator + " / " + denominator);
    }
    return denominator == 0 ? null : numerator * 100.0 / denominator;
  }

  /**
   * @return {@code sum / count}, or {@code null} when the count is 0
   */
  public static Double mean(double sum, long count) {
    return count == 0 ? null : sum / count;
  }
}
