package org.waymark.api.placement;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A placement ends on a date. */
public record EndPlacementCommand(@TargetAggregateIdentifier String placementId, LocalDate endOn) {}
