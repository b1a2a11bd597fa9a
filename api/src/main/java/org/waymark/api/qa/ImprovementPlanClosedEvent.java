package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A provider improvement plan was closed; it takes no further action or review. Stored class name
 * frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record ImprovementPlanClosedEvent(String planId, String providerId, LocalDate closedOn) {}
