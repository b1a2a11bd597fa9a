package org.waymark.api.placement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A placement ends on a date. */
public record EndPlacementCommand(String placementId, LocalDate endOn) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return PlacementIds.of(placementId);
  }
}
