package org.waymark.analytics.breakdown;

import org.waymark.analytics.Rates;

/**
 * A named rate together with the counts it is computed from, e.g. {@code absenceRate} = absence
 * sessions / possible sessions. Used to compare a group with the rest of its cohort.
 *
 * @param name the rate's field name in the query API ({@code absenceRate}, {@code
 *     achievementRate}...)
 */
public record Proportion(String name, long numerator, long denominator) {
  public Proportion {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          name + ": need 0 <= numerator <= denominator, was " + numerator + " / " + denominator);
    }
  }

  /** The rate as a percentage, {@code null} when the denominator is 0. */
  public Double rate() {
    return Rates.percent(numerator, denominator);
  }
}
