package org.waymark.api.provider;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A provider registers (or is struck off) as an independent school from a date. */
public record ChangeProviderRegistrationCommand(
    String providerId, boolean registered, String dfeNumber, LocalDate effectiveOn) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return ProviderIds.of(providerId);
  }
}
