package org.waymark.api.provider;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the outcome of a provider's latest Ofsted inspection. */
public record RecordInspectionOutcomeCommand(
    @TargetAggregateIdentifier String providerId,
    LocalDate inspectedOn,
    InspectionOutcome outcome,
    String areasForImprovement) {}
