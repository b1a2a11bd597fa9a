package org.waymark.analytics.progress;

import java.util.List;
import org.waymark.analytics.breakdown.Breakdown;

/**
 * The answer of {@code GET /api/v1/indicators/progress?area=…} (CONTRACT.md "Queries"), with the
 * per-learner values behind it.
 *
 * @param area the area
 * @param breakdown the total and group rows
 * @param disadvantageGapIndex the gap index over every learner in scope with a latest score,
 *     whatever {@code by} is
 * @param learners each learner in scope with a defined distance travelled and their value added,
 *     ordered by learner id
 */
public record ProgressBreakdown(
    String area,
    Breakdown<ProgressFigures> breakdown,
    GapIndex disadvantageGapIndex,
    List<LearnerValueAdded> learners) {
  public ProgressBreakdown {
    learners = List.copyOf(learners);
  }
}
