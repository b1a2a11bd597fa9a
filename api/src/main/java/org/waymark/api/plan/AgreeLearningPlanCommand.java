package org.waymark.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stage 2 of the ILP process (seed 001): the plan agreed between the learner and their provider,
 * after their needs were identified.
 */
public record AgreeLearningPlanCommand(
    String learnerId,
    LocalDate agreedOn,
    String progressionAspiration,
    List<String> longTermTargets,
    List<String> qualifications,
    List<String> plannedWorkPlacements,
    String support) {

  @TargetAggregateIdentifier
  public String planId() {
    return LearningPlanId.of(learnerId);
  }
}
