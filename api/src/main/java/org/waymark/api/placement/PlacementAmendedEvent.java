package org.waymark.api.placement;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.waymark.api.event.FieldChange;

/** Recorded values of a placement were corrected (end date, hours, sole provider…). */
@Revision("1")
public record PlacementAmendedEvent(String placementId, List<FieldChange> changes, String reason) {}
