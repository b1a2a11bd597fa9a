package org.waymark.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a progress review once; the same review id again with different content is an amendment.
 *
 * @param contractColumnsOnly true when the record comes from the reviews dataset, which carries
 *     part of the form: fields it has no column for, and optional columns left empty, keep their
 *     recorded values
 * @param reason why a recorded review is being changed, or null
 */
public record RecordProgressReviewCommand(
    String reviewId,
    String learnerId,
    ProgressReviewDetails details,
    boolean contractColumnsOnly,
    String reason) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return ReviewIds.of(reviewId);
  }
}
