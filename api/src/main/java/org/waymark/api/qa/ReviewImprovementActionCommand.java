package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a dated review of progress on an open action of an open plan. */
public record ReviewImprovementActionCommand(
    String planId,
    String actionId,
    LocalDate reviewedOn,
    String progress,
    ImprovementActionStatus status) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.plan(planId);
  }
}
