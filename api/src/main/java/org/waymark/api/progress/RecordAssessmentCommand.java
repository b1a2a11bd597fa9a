package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records one score of the assessments dataset (CONTRACT.md), or amends it: the natural key learner
 * + area + date + kind names one assessment, so an identical score records nothing and a different
 * one is an amendment.
 *
 * @param assessmentId the natural key as an id, see {@link #key}
 * @param reason why a recorded score is being changed, or null
 */
public record RecordAssessmentCommand(
    @TargetAggregateIdentifier String assessmentId,
    String learnerId,
    String area,
    LocalDate date,
    AssessmentKind kind,
    double score,
    String reason) {

  /**
   * The aggregate id for a natural key, {@code assessment:<learnerId>:<area>:<date>:<kind>}: unique
   * across aggregate types in the store; learner ids cannot contain {@code :}, and dates and kinds
   * have a fixed form, so the key reads back unambiguously whatever the area is.
   */
  public static String key(String learnerId, String area, LocalDate date, AssessmentKind kind) {
    return "assessment:" + learnerId + ":" + area + ":" + date + ":" + kind;
  }
}
