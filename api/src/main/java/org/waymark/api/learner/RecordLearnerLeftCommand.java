package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A learner leaves their provider. */
public record RecordLearnerLeftCommand(
    @TargetAggregateIdentifier String learnerId, LocalDate leftOn, String reason) {}
