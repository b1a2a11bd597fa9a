package org.waymark.command.review;

/** The learner of a confidential review was erased: its content is gone for good (410). */
public class ReviewContentErasedException extends RuntimeException {
  private final String reviewId;

  public ReviewContentErasedException(String reviewId) {
    super("the learner's personal data was erased: this review's content can no longer be read");
    this.reviewId = reviewId;
  }

  public String reviewId() {
    return reviewId;
  }
}
