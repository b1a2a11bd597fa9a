package org.waymark.analytics.review;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;

/**
 * Review currency of a group: one row of {@code GET /api/v1/indicators/reviews?at=DATE}
 * (CONTRACT.md "Queries").
 *
 * @param active learners enrolled on or before {@code at} who have not left
 * @param current those of them who are review-current
 * @param reviewCurrency current / active × 100; null when active is 0
 */
public record ReviewFigures(int active, int current, Double reviewCurrency)
    implements GroupFigures {

  /** The row's learners are its active learners. */
  @Override
  public int learners() {
    return active;
  }

  /** {@code reviewCurrency}. */
  @Override
  public List<Proportion> proportions() {
    return List.of(new Proportion("reviewCurrency", current, active));
  }
}
