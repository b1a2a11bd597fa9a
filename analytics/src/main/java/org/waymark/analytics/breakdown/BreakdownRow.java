package org.waymark.analytics.breakdown;

import java.util.List;
import java.util.Objects;
import org.waymark.analytics.equality.RateComparison;

/**
 * One row of a breakdown: the {@code total} or one group.
 *
 * @param group the group key ({@link GroupKeys}), or {@code "total"}
 * @param suppressed whether the row is hidden under the small-number rule; then {@code figures} is
 *     {@code null} and {@code comparisons} is empty (CONTRACT.md: "every figure null")
 * @param figures the row's figures, {@code null} when suppressed
 * @param comparisons for a visible group, one comparison per rate of {@link
 *     GroupFigures#proportions()} (same order) against the rest of the cohort; empty for the total
 */
public record BreakdownRow<F extends GroupFigures>(
    String group, boolean suppressed, F figures, List<RateComparison> comparisons) {
  public BreakdownRow {
    Objects.requireNonNull(group, "group");
    comparisons = List.copyOf(comparisons);
    if (suppressed && (figures != null || !comparisons.isEmpty())) {
      throw new IllegalArgumentException("a suppressed row carries no figures: " + group);
    }
    if (!suppressed && figures == null) {
      throw new IllegalArgumentException("a visible row needs its figures: " + group);
    }
  }

  /** The comparison of the named rate, or {@code null} when there is none. */
  public RateComparison comparison(String rate) {
    return comparisons.stream().filter(c -> c.rate().equals(rate)).findFirst().orElse(null);
  }
}
