package org.waymark.api.selfreview;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a provider's self-review against one catalogue. */
public record StartSelfReviewCommand(
    @TargetAggregateIdentifier String reviewId,
    String providerId,
    SelfReviewCatalogue catalogue,
    LocalDate startedOn) {}
