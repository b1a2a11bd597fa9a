package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Completes a QA visit: no judgement, priority or pre-visit check is taken after this.
 *
 * @param completedOn the date the visit was completed, or null for today
 */
public record CompleteQaVisitCommand(String visitId, LocalDate completedOn) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.visit(visitId);
  }
}
