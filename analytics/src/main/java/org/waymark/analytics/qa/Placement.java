package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A learner's placement with an (alternative) provider (CONTRACT.md placements dataset).
 *
 * @param placementId the placement
 * @param learnerId the learner placed
 * @param providerId the provider of the placement
 * @param startOn its first day
 * @param endOn its last day, null while open
 * @param hoursPerWeek hours per week
 * @param soleProvider whether the provider is the learner's sole provision ({@code sole_provider =
 *     Y}); false when not given
 */
public record Placement(
    String placementId,
    String learnerId,
    String providerId,
    LocalDate startOn,
    LocalDate endOn,
    double hoursPerWeek,
    boolean soleProvider) {
  /** Full-time from this many hours per week (CONTRACT.md "QA"; seed 002). */
  public static final double FULL_TIME_HOURS = 18;

  /** An unregistered placement of more than this many hours per week is a breach. */
  public static final double UNREGISTERED_MAX_HOURS = 10;

  public Placement {
    Objects.requireNonNull(placementId, "placementId");
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(startOn, "startOn");
    if (endOn != null && endOn.isBefore(startOn)) {
      throw new IllegalArgumentException(
          "placement " + placementId + " ends (" + endOn + ") before it starts (" + startOn + ")");
    }
    if (!(hoursPerWeek >= 0) || Double.isInfinite(hoursPerWeek)) {
      throw new IllegalArgumentException(
          "placement " + placementId + " hours per week must be >= 0, was " + hoursPerWeek);
    }
  }

  /**
   * Active at {@code at}: {@code start_on ≤ at} and ({@code end_on} absent or {@code at ≤ end_on}).
   */
  public boolean isActiveAt(LocalDate at) {
    return !startOn.isAfter(at) && (endOn == null || !at.isAfter(endOn));
  }

  /** Full-time: at least 18 hours per week, or the sole provider. */
  public boolean isFullTime() {
    return hoursPerWeek >= FULL_TIME_HOURS || soleProvider;
  }
}
