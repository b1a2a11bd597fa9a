package org.waymark.command.review;

/**
 * Someone other than the safeguarding lead or the review's author asked for a confidential review's
 * content (403). Nothing is recorded and nothing of the review is in the message.
 */
public class ConfidentialReadForbiddenException extends RuntimeException {
  private final String reviewId;

  public ConfidentialReadForbiddenException(String reviewId) {
    super("only the safeguarding lead or the review's author may read a confidential review");
    this.reviewId = reviewId;
  }

  public String reviewId() {
    return reviewId;
  }
}
