package org.waymark.analytics.equality;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;

/**
 * How strongly a group is represented in a cohort against a population benchmark given as input
 * (issue 4, "representation of a group against a population benchmark"; seed 000 A51, equality
 * monitoring by group).
 *
 * @param learners the group's learners in the cohort
 * @param cohort every learner in the cohort
 * @param share {@code learners / cohort × 100}, null for an empty cohort
 * @param benchmarkShare the group's share of the benchmark population, in percent, as given; null
 *     when the benchmark has no figure for the group (and on the total row)
 * @param ratio {@code share / benchmarkShare} (1 = represented in proportion; below 1 under-, above
 *     1 over-represented); null when either is null or the benchmark is 0
 * @param differencePoints {@code share − benchmarkShare}, in percentage points
 * @param test the test of {@code learners} out of {@code cohort} against the benchmark share
 * @param pValue its two-sided p-value
 * @param significant whether {@code pValue < 0.05}
 */
public record RepresentationFigures(
    int learners,
    int cohort,
    Double share,
    Double benchmarkShare,
    Double ratio,
    Double differencePoints,
    StatisticalTest test,
    Double pValue,
    boolean significant)
    implements GroupFigures {

  @Override
  public List<Proportion> proportions() {
    return List.of();
  }
}
