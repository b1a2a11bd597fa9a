package org.waymark.api.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An entry the learner writes in their learning log (seed 001): what they learned, and optionally
 * how, what went well and what they found difficult. The text is personal data.
 */
public record RecordLearningLogEntryCommand(
    String learnerId,
    String entryId,
    LocalDate writtenOn,
    String whatILearned,
    String howILearned,
    String whatWentWell,
    String whatWasDifficult) {

  @TargetAggregateIdentifier
  public String planId() {
    return LearningPlanId.of(learnerId);
  }
}
