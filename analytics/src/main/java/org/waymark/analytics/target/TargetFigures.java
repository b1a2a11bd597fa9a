package org.waymark.analytics.target;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;

/**
 * Targets of a group over a period: one row of {@code GET /api/v1/indicators/targets} (CONTRACT.md
 * "Queries" and "Scope and group membership", "Targets").
 *
 * @param learners learners with a target set on or before {@code to}
 * @param set targets set in the period
 * @param met targets whose final outcome MET is dated in the period
 * @param partiallyMet targets whose final outcome PARTIALLY_MET is dated in the period
 * @param notMet targets whose final outcome NOT_MET is dated in the period
 * @param carriedForward CARRIED_FORWARD outcomes dated in the period
 * @param withdrawn targets whose final outcome WITHDRAWN is dated in the period
 * @param achievementRate met / (met + partiallyMet + notMet) × 100; null when that is 0
 * @param overdue targets overdue at {@code to}
 */
public record TargetFigures(
    int learners,
    int set,
    int met,
    int partiallyMet,
    int notMet,
    int carriedForward,
    int withdrawn,
    Double achievementRate,
    int overdue)
    implements GroupFigures {

  /** met + partiallyMet + notMet: the denominator of the achievement rate. */
  public int concluded() {
    return met + partiallyMet + notMet;
  }

  /** {@code achievementRate}. */
  @Override
  public List<Proportion> proportions() {
    return List.of(new Proportion("achievementRate", met, concluded()));
  }
}
