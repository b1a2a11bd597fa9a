package org.waymark.api.target;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the outcome of a target on a date (natural key target + date), or amends the outcome
 * recorded on that date.
 *
 * @param newDueOn the new due date, for {@link TargetOutcome#CARRIED_FORWARD} only
 * @param note free text (e.g. why not met), or null
 * @param reason why a recorded outcome is being changed, or null
 */
public record RecordTargetOutcomeCommand(
    String targetId,
    LocalDate date,
    TargetOutcome outcome,
    LocalDate newDueOn,
    String note,
    String reason) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return TargetIds.of(targetId);
  }
}
