package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Progress on an improvement action was reviewed. Stored class name frozen: evolve through a new
 * revision and an upcaster.
 */
@Revision("1")
public record ImprovementActionReviewedEvent(
    String planId,
    String providerId,
    String actionId,
    LocalDate reviewedOn,
    String progress,
    ImprovementActionStatus status) {}
