package org.waymark.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revises an agreed plan: the whole plan as it now stands, and why it changed. */
public record ReviseLearningPlanCommand(
    String learnerId,
    LocalDate revisedOn,
    String progressionAspiration,
    List<String> longTermTargets,
    List<String> qualifications,
    List<String> plannedWorkPlacements,
    String support,
    String reason) {

  @TargetAggregateIdentifier
  public String planId() {
    return LearningPlanId.of(learnerId);
  }
}
