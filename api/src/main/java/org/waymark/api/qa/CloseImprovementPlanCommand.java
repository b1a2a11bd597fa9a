package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an improvement plan whose actions are all closed. */
public record CloseImprovementPlanCommand(String planId, LocalDate closedOn) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.plan(planId);
  }
}
