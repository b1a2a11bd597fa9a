package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a provider improvement plan (seed 002's PIP), usually following a QA visit.
 *
 * @param visitId the visit the plan follows, or null
 */
public record OpenImprovementPlanCommand(
    String planId, String providerId, String visitId, LocalDate openedOn) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.plan(planId);
  }
}
