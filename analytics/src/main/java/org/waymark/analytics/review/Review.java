package org.waymark.analytics.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress review held with a learner (CONTRACT.md reviews dataset: review_id, learner_id,
 * held_on, on_target...). Only what review currency and the falling-behind list need.
 *
 * @param reviewId the review
 * @param learnerId the learner
 * @param heldOn the date it was held
 * @param onTarget whether the learner was on target at the review ({@code on_target = Y})
 */
public record Review(String reviewId, String learnerId, LocalDate heldOn, boolean onTarget) {
  public Review {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(heldOn, "heldOn");
  }
}
