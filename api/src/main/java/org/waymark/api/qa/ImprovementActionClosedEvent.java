package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An improvement action was closed with its outcome. Stored class name frozen: evolve through a new
 * revision and an upcaster.
 */
@Revision("1")
public record ImprovementActionClosedEvent(
    String planId,
    String providerId,
    String actionId,
    LocalDate closedOn,
    ImprovementActionOutcome outcome) {}
