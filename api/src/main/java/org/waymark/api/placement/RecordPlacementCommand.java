package org.waymark.api.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an alternative-provision placement from the placements dataset or the API: starts it when
 * new, amends what differs, nothing when identical. @param endOn null while open
 */
public record RecordPlacementCommand(
    String placementId,
    String learnerId,
    String providerId,
    LocalDate startOn,
    LocalDate endOn,
    BigDecimal hoursPerWeek,
    boolean soleProvider) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return PlacementIds.of(placementId);
  }
}
