package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A QA visit to a provider was scheduled for a date. Stored class name frozen: evolve through a new
 * revision and an upcaster.
 */
@Revision("1")
public record QaVisitScheduledEvent(
    String visitId, String providerId, LocalDate visitOn, String visitors) {}
