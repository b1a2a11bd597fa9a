package org.waymark.command.review;

import org.waymark.command.web.ConflictException;

/** The confidential-content endpoint asked for a review that is not confidential (409). */
public class NotConfidentialException extends ConflictException {
  public NotConfidentialException(String reviewId) {
    super(
        "reviewId",
        reviewId,
        "this review is not confidential: its content is in the review read model, not here");
  }
}
