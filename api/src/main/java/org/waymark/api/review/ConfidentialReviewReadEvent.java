package org.waymark.api.review;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Someone read the content of a confidential progress review: who, when, which review. Recorded
 * before the content is given out; nothing of the content is here. Stored class name frozen.
 */
@Revision("1")
public record ConfidentialReviewReadEvent(
    String reviewId, String learnerId, String readBy, Instant readAt) {}
