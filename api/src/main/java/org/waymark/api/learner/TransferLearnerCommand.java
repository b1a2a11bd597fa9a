package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A learner moves to another provider from a date. */
public record TransferLearnerCommand(
    @TargetAggregateIdentifier String learnerId, String toProviderId, LocalDate effectiveOn) {}
