package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A provider improvement plan was opened. Stored class name frozen: evolve through a new revision
 * and an upcaster.
 */
@Revision("1")
public record ImprovementPlanOpenedEvent(
    String planId, String providerId, String visitId, LocalDate openedOn) {}
