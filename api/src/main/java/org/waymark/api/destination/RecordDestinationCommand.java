package org.waymark.api.destination;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records where the learner was on {@code knownOn} (on leaving, or at a later follow-up). One
 * destination per learner per date: the same again changes nothing, a different one for a date
 * already recorded is an amendment.
 *
 * @param detail the course, employer or programme; or null
 * @param reason why an earlier record is being corrected; or null
 */
public record RecordDestinationCommand(
    String learnerId,
    LocalDate knownOn,
    DestinationType destination,
    String detail,
    String reason) {

  @TargetAggregateIdentifier
  public String destinationId() {
    return DestinationId.of(learnerId);
  }
}
