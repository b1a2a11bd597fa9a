package org.waymark.query.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.analytics.review.Review;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * One progress review in the {@code reviews} read model, keyed by review id.
 *
 * <p>{@code current} is the review as it stands (mapped, searchable facts; free text stored but not
 * indexed); {@code versions} keeps every version with when it was recorded and superseded (stored
 * only), so a review amended after {@code asAt} counts with its old {@code heldOn} and {@code
 * onTarget} as at an instant before the amendment (CONTRACT.md "Queries": {@code asAt}).
 *
 * <p>Confidential reviews: no free text is written at all, in any version ({@code confidential},
 * {@code contentWithheld}); when an amendment makes a review confidential, the text of its earlier
 * versions is removed too.
 *
 * @param confidential whether the review as it stands is confidential
 * @param contentWithheld whether free text of the review was withheld from the read model
 * @param firstRecordedAt when the review was first recorded (a review does not exist before)
 * @param recordedAt when the current version was recorded
 * @param recordedBy who recorded the current version
 * @param amendments how many times it has been amended
 * @param position the global index of the last event applied
 */
public record ReviewDocument(
    String reviewId,
    String learnerId,
    boolean confidential,
    boolean contentWithheld,
    ReviewState current,
    Instant firstRecordedAt,
    Instant recordedAt,
    String recordedBy,
    int amendments,
    long position,
    List<Version<ReviewState>> versions)
    implements Positioned {

  public ReviewDocument {
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /** The document a recorded review starts. */
  static ReviewDocument recorded(
      ProgressReviewRecordedEvent e, EventContext event, ReviewNarrativeProtection protection) {
    ReviewState state =
        ReviewState.of(e.learnerId(), e.details(), e.confidential(), null, protection);
    return new ReviewDocument(
        e.reviewId(),
        e.learnerId(),
        state.confidential(),
        state.contentWithheld(),
        state,
        event.recordedAt(),
        event.recordedAt(),
        event.recordedBy(),
        0,
        event.position(),
        History.append(List.of(), state, event));
  }

  /** This document with the amendment's version appended (superseding the current one). */
  ReviewDocument amended(
      ProgressReviewAmendedEvent e, EventContext event, ReviewNarrativeProtection protection) {
    ReviewState state =
        ReviewState.of(e.learnerId(), e.details(), e.confidential(), e.reason(), protection);
    List<Version<ReviewState>> earlier = versions;
    if (e.confidential() || state.confidential()) {
      List<Version<ReviewState>> scrubbed = new ArrayList<>(earlier.size());
      for (Version<ReviewState> v : earlier) {
        scrubbed.add(
            new Version<>(
                v.recordedAt(),
                v.supersededAt(),
                v.position(),
                v.recordedBy(),
                v.state() == null ? null : v.state().asConfidential(learnerId, protection)));
      }
      earlier = scrubbed;
    }
    List<Version<ReviewState>> next = History.append(earlier, state, event);
    boolean withheld =
        next.stream().anyMatch(v -> v.state() != null && v.state().contentWithheld());
    return new ReviewDocument(
        reviewId,
        e.learnerId() == null ? learnerId : e.learnerId(),
        state.confidential(),
        withheld,
        state,
        firstRecordedAt,
        event.recordedAt(),
        event.recordedBy(),
        amendments + 1,
        event.position(),
        next);
  }

  /** This document with the free text of every version removed (the learner was erased). */
  ReviewDocument erased(EventContext event) {
    List<Version<ReviewState>> scrubbed = new ArrayList<>(versions.size());
    for (Version<ReviewState> v : versions) {
      scrubbed.add(
          new Version<>(
              v.recordedAt(),
              v.supersededAt(),
              v.position(),
              v.recordedBy(),
              v.state() == null ? null : v.state().withoutNarrative()));
    }
    return new ReviewDocument(
        reviewId,
        learnerId,
        confidential,
        contentWithheld,
        current == null ? null : current.withoutNarrative(),
        firstRecordedAt,
        recordedAt,
        recordedBy,
        amendments,
        event.position(),
        scrubbed);
  }

  /**
   * The review as analytics reads it, as the event history stood at {@code asAt} ({@code null}:
   * now); empty when it was not yet recorded then.
   */
  public Optional<Review> reviewAt(Instant asAt) {
    Optional<ReviewState> state =
        asAt == null ? Optional.ofNullable(current) : History.at(versions, asAt);
    return state
        .filter(s -> s.heldOn() != null)
        .map(s -> new Review(reviewId, learnerId, s.heldOn(), s.onTarget()));
  }
}
