package org.waymark.api.placement;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A placement ended on a date. */
@Revision("1")
public record PlacementEndedEvent(
    String placementId, String learnerId, String providerId, LocalDate endOn) {}
