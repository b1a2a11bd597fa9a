package org.waymark.api.qa;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The pre-visit check of a QA visit was recorded; a later one replaces it. Stored class name
 * frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record PreVisitCheckRecordedEvent(
    String visitId,
    String providerId,
    boolean registered,
    String dfeNumber,
    String lastOfstedOutcome,
    LocalDate lastOfstedOn,
    List<String> areasForImprovement) {}
