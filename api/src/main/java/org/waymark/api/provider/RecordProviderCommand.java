package org.waymark.api.provider;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a provider from the providers dataset or the API: registers it when new, amends what
 * differs when known, and does nothing when identical. @param dfeNumber null when not registered
 * with the DfE
 */
public record RecordProviderCommand(
    String providerId, String name, ProviderKind kind, boolean registered, String dfeNumber) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return ProviderIds.of(providerId);
  }
}
