package org.waymark.api.selfreview;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a self-review; nothing more may be judged in it afterwards. */
public record CompleteSelfReviewCommand(
    @TargetAggregateIdentifier String reviewId, LocalDate completedOn) {}
