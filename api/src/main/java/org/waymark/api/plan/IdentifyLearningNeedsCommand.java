package org.waymark.api.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stage 1 of the ILP process (seed 001): the learner's starting point and needs. The five learning
 * areas are required; the rest may be null. Identifying needs again with different content records
 * the new picture; identically, nothing.
 */
public record IdentifyLearningNeedsCommand(
    String learnerId,
    LocalDate identifiedOn,
    String english,
    String maths,
    String ict,
    String personalAndSocial,
    String vocational,
    String supportNeeds,
    String learningDifficulties,
    String preferredWaysOfLearning,
    String careersGuidanceNeeds) {

  @TargetAggregateIdentifier
  public String planId() {
    return LearningPlanId.of(learnerId);
  }
}
