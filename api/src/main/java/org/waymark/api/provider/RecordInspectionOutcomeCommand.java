package org.waymark.api.provider;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the outcome of a provider's latest Ofsted inspection. */
public record RecordInspectionOutcomeCommand(
    String providerId,
    LocalDate inspectedOn,
    InspectionOutcome outcome,
    String areasForImprovement) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return ProviderIds.of(providerId);
  }
}
