package org.waymark.analytics.review;

import java.util.List;
import org.waymark.analytics.breakdown.Breakdown;

/**
 * The answer of {@code GET /api/v1/indicators/reviews?at=DATE} (CONTRACT.md "Queries").
 *
 * @param breakdown the total and group rows
 * @param overdue the active learners who are not review-current, ordered by learner id
 */
public record ReviewBreakdown(Breakdown<ReviewFigures> breakdown, List<String> overdue) {
  public ReviewBreakdown {
    overdue = List.copyOf(overdue);
  }
}
