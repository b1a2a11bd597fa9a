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
    @TargetAggregateIdentifier String reviewId,
    String learnerId,
    ProgressReviewDetails details,
    boolean contractColumnsOnly,
    String reason) {}
