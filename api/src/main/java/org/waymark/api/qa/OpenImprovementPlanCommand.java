package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a provider improvement plan (seed 002's PIP), usually following a QA visit.
 *
 * @param visitId the visit the plan follows, or null
 */
public record OpenImprovementPlanCommand(
    @TargetAggregateIdentifier String planId,
    String providerId,
    String visitId,
    LocalDate openedOn) {}
