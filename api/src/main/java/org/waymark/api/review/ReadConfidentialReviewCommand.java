package org.waymark.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Reads the content of a confidential progress review; the read itself is recorded ({@link
 * ConfidentialReviewReadEvent}) and the content is the command's result only once that is stored.
 *
 * @param readBy who is reading (the authenticated user's name)
 * @param safeguardingLead whether the reader holds the SAFEGUARDING_LEAD role (else only the
 *     review's author may read)
 */
public record ReadConfidentialReviewCommand(
    String reviewId, String readBy, boolean safeguardingLead) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return ReviewIds.of(reviewId);
  }
}
