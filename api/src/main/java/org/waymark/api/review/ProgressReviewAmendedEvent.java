package org.waymark.api.review;

import org.axonframework.serialization.Revision;

/**
 * A recorded progress review was changed: the review as it stood and as it stands now.
 *
 * @param confidential true when either version is confidential, so the whole event is protected
 * @param reason why, where given
 */
@Revision("1")
public record ProgressReviewAmendedEvent(
    String reviewId,
    String learnerId,
    boolean confidential,
    ProgressReviewDetails previous,
    ProgressReviewDetails details,
    String reason) {}
