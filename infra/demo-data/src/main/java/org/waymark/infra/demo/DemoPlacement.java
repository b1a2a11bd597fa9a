package org.waymark.infra.demo;

import java.time.LocalDate;

/**
 * A generated placement of a learner at an alternative provider.
 *
 * @param endOn null while the placement goes on
 */
record DemoPlacement(
    String id,
    DemoLearner learner,
    DemoProvider provider,
    LocalDate startOn,
    LocalDate endOn,
    double hoursPerWeek,
    boolean soleProvider) {

  boolean activeOn(LocalDate d) {
    return !d.isBefore(startOn) && (endOn == null || !d.isAfter(endOn));
  }

  /** Full time per CONTRACT.md: at least 18 hours a week, or the sole provider. */
  boolean fullTime() {
    return hoursPerWeek >= 18 || soleProvider;
  }
}
