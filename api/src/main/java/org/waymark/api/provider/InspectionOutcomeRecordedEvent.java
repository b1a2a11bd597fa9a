package org.waymark.api.provider;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The outcome of an Ofsted inspection of the provider was recorded. @param areasForImprovement as
 * listed in the report, or null
 */
@Revision("1")
public record InspectionOutcomeRecordedEvent(
    String providerId,
    LocalDate inspectedOn,
    InspectionOutcome outcome,
    String areasForImprovement) {}
