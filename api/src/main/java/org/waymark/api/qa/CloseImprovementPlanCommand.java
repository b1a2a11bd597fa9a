package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an improvement plan whose actions are all closed. */
public record CloseImprovementPlanCommand(
    @TargetAggregateIdentifier String planId, LocalDate closedOn) {}
