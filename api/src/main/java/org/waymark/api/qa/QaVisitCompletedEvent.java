package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A QA visit was completed; its judgements are final. Stored class name frozen: evolve through a
 * new revision and an upcaster.
 */
@Revision("1")
public record QaVisitCompletedEvent(
    String visitId, String providerId, LocalDate visitOn, LocalDate completedOn) {}
