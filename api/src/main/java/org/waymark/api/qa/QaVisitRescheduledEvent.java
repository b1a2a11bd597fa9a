package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A QA visit not yet completed moved to another date or changed its visitors. Stored class name
 * frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record QaVisitRescheduledEvent(
    String visitId,
    String providerId,
    LocalDate previousVisitOn,
    LocalDate visitOn,
    String visitors) {}
