package org.waymark.api.review;

import java.time.LocalDate;

/**
 * The content of a confidential review as its authorised reader sees it: the result of {@link
 * ReadConfidentialReviewCommand}.
 *
 * @param author who recorded the review
 */
public record ConfidentialReviewContent(
    String reviewId,
    String learnerId,
    LocalDate heldOn,
    String author,
    String learnerComment,
    String tutorComment,
    String whyNotMet) {}
