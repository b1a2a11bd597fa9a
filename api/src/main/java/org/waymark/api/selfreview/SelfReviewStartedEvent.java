package org.waymark.api.selfreview;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A provider started a self-review against one catalogue. */
@Revision("1")
public record SelfReviewStartedEvent(
    String reviewId, String providerId, SelfReviewCatalogue catalogue, LocalDate startedOn) {}
