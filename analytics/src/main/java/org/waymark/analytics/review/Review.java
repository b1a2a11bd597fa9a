package org.waymark.analytics.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress review held with a learner (CONTRACT.md reviews dataset: review_id, learner_id,
 * held_on...). Only what review currency needs.
 *
 * @param reviewId the review
 * @param learnerId the learner
 * @param heldOn the date it was held
 */
public record Review(String reviewId, String learnerId, LocalDate heldOn) {
  public Review {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(heldOn, "heldOn");
  }
}
