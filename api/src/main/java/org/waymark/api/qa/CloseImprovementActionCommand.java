package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an action of an open plan with its outcome; a closed action takes no review. */
public record CloseImprovementActionCommand(
    String planId, String actionId, LocalDate closedOn, ImprovementActionOutcome outcome) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.plan(planId);
  }
}
