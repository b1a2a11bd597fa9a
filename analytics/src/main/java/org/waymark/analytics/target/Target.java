package org.waymark.analytics.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A target with its outcome history (CONTRACT.md targets and target_outcomes datasets).
 *
 * @param targetId the target
 * @param learnerId the learner it was set for
 * @param area the area
 * @param setOn the date it was set
 * @param dueOn the date it was first due
 * @param outcomes its outcomes, in any order
 */
public record Target(
    String targetId,
    String learnerId,
    String area,
    LocalDate setOn,
    LocalDate dueOn,
    List<TargetOutcomeRecord> outcomes) {
  public Target {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(setOn, "setOn");
    Objects.requireNonNull(dueOn, "dueOn");
    outcomes = List.copyOf(outcomes);
  }
}
