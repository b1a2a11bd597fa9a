package org.waymark.analytics.progress;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;
import org.waymark.analytics.equality.MeanComparison;

/**
 * Progress of a group in one area: one row of {@code GET /api/v1/indicators/progress} (CONTRACT.md
 * "Queries"). Every mean is taken over exactly the group's learners with a defined distance
 * travelled (CONTRACT.md "Scope and group membership"); the sums are given so anyone can recompute.
 *
 * @param learners the group's learners with a defined distance travelled
 * @param meanBaseline sumBaseline / learners, null when learners is 0
 * @param meanLatest sumLatest / learners
 * @param meanDistanceTravelled sumDistanceTravelled / learners
 * @param meanValueAdded sumValueAdded / learners
 * @param gap meanDistanceTravelled − otherMeanDistanceTravelled; null on the total row and when no
 *     other learner has a defined distance travelled
 * @param sumBaseline Σ baseline
 * @param sumLatest Σ latest
 * @param sumDistanceTravelled Σ distance travelled
 * @param sumValueAdded Σ value added
 * @param otherLearners learners in scope outside the group with a defined distance travelled
 * @param otherMeanDistanceTravelled their mean distance travelled
 * @param sumSquaresDistanceTravelled Σ distance travelled², for the spread
 * @param gapTest the gap tested by Welch's t-test against the other learners; null on the total
 */
public record ProgressFigures(
    int learners,
    Double meanBaseline,
    Double meanLatest,
    Double meanDistanceTravelled,
    Double meanValueAdded,
    Double gap,
    double sumBaseline,
    double sumLatest,
    double sumDistanceTravelled,
    double sumValueAdded,
    int otherLearners,
    Double otherMeanDistanceTravelled,
    double sumSquaresDistanceTravelled,
    MeanComparison gapTest)
    implements GroupFigures {

  /** Progress is made of means, not rates: nothing to compare as a proportion. */
  @Override
  public List<Proportion> proportions() {
    return List.of();
  }
}
