package org.waymark.command.review;

import org.waymark.api.review.RecordProgressReviewCommand;

/**
 * An import's {@link RecordProgressReviewCommand} for a review the store has no event of yet: the
 * {@link ProgressReview} is created without being loaded first (no look for a snapshot and for
 * events that are not there), after the same checks.
 */
record RecordNewProgressReviewCommand(RecordProgressReviewCommand command) {}
