package org.waymark.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BinaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.event.EventMetadata;
import org.waymark.api.review.ConfidentialReviewContent;
import org.waymark.api.review.ConfidentialReviewReadEvent;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.ReadConfidentialReviewCommand;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.api.review.ReviewIds;
import org.waymark.privacy.PersonalData;

/**
 * A progress review (seed 004's form), recorded once: the same id again with the same content
 * records nothing, with other content it is an amendment, and for another learner a conflict.
 * Rules: held no later than today; signed no earlier than held; next review after this one;
 * absences within the lessons counted.
 *
 * <p>Free text (the comments, why targets were not met, an amendment's reason) is sealed with the
 * learner's key before an event is applied and opened when the aggregate is rebuilt, so amendments
 * compare plaintext. A confidential review's content is read only through {@link
 * ReadConfidentialReviewCommand}, by the safeguarding lead or the review's author, and every read
 * is recorded first.
 */
@Aggregate
class ProgressReview {

  /** The event-store key ({@code ReviewIds.of(id)}); the plain id is what events carry. */
  @AggregateIdentifier private String aggregateId;

  private String reviewId;
  private String learnerId;
  private ProgressReviewDetails details;

  /** Who recorded the review (its first event's {@code recordedBy}). */
  private String author;

  ProgressReview() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordProgressReviewCommand c, Clock clock, PersonalData data) {
    if (reviewId != null && !learnerId.equals(c.learnerId())) {
      throw new ReviewConflictException(
          "learnerId", c.learnerId(), "this review is recorded for another learner");
    }
    data.checkNotErased(c.learnerId());
    ProgressReviewDetails next =
        reviewId != null && c.contractColumnsOnly() ? merge(details, c.details()) : c.details();
    check(next, LocalDate.now(clock));
    if (reviewId == null) {
      recordNew(c, data);
    } else if (!next.equals(details)) {
      ProgressReviewDetails sealedNext = narrative(next, learnerId, data::seal);
      apply(
          new ProgressReviewAmendedEvent(
              reviewId,
              learnerId,
              details.confidential() || next.confidential(),
              sealedLike(details, next, sealedNext, data),
              sealedNext,
              data.seal(learnerId, c.reason())));
    }
  }

  /** An import's row for a review with no event yet: created without loading. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  void handle(RecordNewProgressReviewCommand n, Clock clock, PersonalData data) {
    RecordProgressReviewCommand c = n.command();
    data.checkNotErased(c.learnerId());
    check(c.details(), LocalDate.now(clock));
    recordNew(c, data);
  }

  /** The first event of a review: the form as the command gives it, its narrative sealed. */
  private static void recordNew(RecordProgressReviewCommand c, PersonalData data) {
    apply(
        ProgressReviewRecordedEvent.of(
            c.reviewId(), c.learnerId(), narrative(c.details(), c.learnerId(), data::seal)));
  }

  /**
   * The content of a confidential review for its authorised reader, once the read is recorded (in
   * the same unit of work: if the event cannot be stored, nothing is returned).
   */
  @CommandHandler
  ConfidentialReviewContent handle(
      ReadConfidentialReviewCommand c, Clock clock, PersonalData data) {
    if (!details.confidential()) {
      throw new NotConfidentialException(reviewId);
    }
    if (!c.safeguardingLead() && (author == null || !author.equals(c.readBy()))) {
      throw new ConfidentialReadForbiddenException(reviewId);
    }
    if (data.isErased(learnerId)) {
      throw new ReviewContentErasedException(reviewId);
    }
    apply(new ConfidentialReviewReadEvent(reviewId, learnerId, c.readBy(), clock.instant()));
    return new ConfidentialReviewContent(
        reviewId,
        learnerId,
        details.heldOn(),
        author,
        details.learnerComment(),
        details.tutorComment(),
        details.whyNotMet());
  }

  /**
   * {@code previous} sealed, reusing the new version's sealed value where the text is unchanged, so
   * an amendment's two versions differ exactly where the text does (sealing is randomised).
   */
  private ProgressReviewDetails sealedLike(
      ProgressReviewDetails previous,
      ProgressReviewDetails next,
      ProgressReviewDetails sealedNext,
      PersonalData data) {
    return narrative(
        previous,
        learnerId,
        (id, text) -> {
          if (text == null) {
            return null;
          }
          if (text.equals(next.learnerComment())) {
            return sealedNext.learnerComment();
          }
          if (text.equals(next.tutorComment())) {
            return sealedNext.tutorComment();
          }
          if (text.equals(next.whyNotMet())) {
            return sealedNext.whyNotMet();
          }
          return data.seal(id, text);
        });
  }

  /** {@code d} with its free text passed through {@code f} (seal or open, given the learner id). */
  static ProgressReviewDetails narrative(
      ProgressReviewDetails d, String learnerId, BinaryOperator<String> f) {
    if (d == null) {
      return null;
    }
    return new ProgressReviewDetails(
        d.heldOn(),
        d.tutor(),
        d.lessons(),
        d.absences(),
        d.punctuality(),
        d.workingTowards(),
        d.onTarget(),
        d.previousTargetsMet(),
        d.targetsReviewed(),
        d.newTargetIds(),
        d.learnerSignedOn(),
        d.tutorSignedOn(),
        d.copiesTo(),
        d.nextReviewOn(),
        d.confidential(),
        f.apply(learnerId, d.learnerComment()),
        f.apply(learnerId, d.tutorComment()),
        f.apply(learnerId, d.whyNotMet()));
  }

  /**
   * A reviews-dataset row over the recorded review: the row's columns replace what they hold;
   * fields it has no column for, and optional columns left empty, keep their values; an import
   * never lifts confidentiality (only the API can).
   */
  static ProgressReviewDetails merge(ProgressReviewDetails recorded, ProgressReviewDetails row) {
    return new ProgressReviewDetails(
        row.heldOn(),
        row.tutor(),
        recorded.lessons(),
        recorded.absences(),
        row.punctuality(),
        row.workingTowards() != null ? row.workingTowards() : recorded.workingTowards(),
        row.onTarget(),
        recorded.previousTargetsMet(),
        recorded.targetsReviewed(),
        recorded.newTargetIds(),
        recorded.learnerSignedOn(),
        recorded.tutorSignedOn(),
        recorded.copiesTo(),
        row.nextReviewOn() != null ? row.nextReviewOn() : recorded.nextReviewOn(),
        row.confidential() || recorded.confidential(),
        row.learnerComment() != null ? row.learnerComment() : recorded.learnerComment(),
        row.tutorComment() != null ? row.tutorComment() : recorded.tutorComment(),
        recorded.whyNotMet());
  }

  private static void check(ProgressReviewDetails d, LocalDate today) {
    if (d.heldOn().isAfter(today)) {
      throw new ReviewRejectedException("heldOn", d.heldOn(), "must not be in the future");
    }
    notBeforeHeld("learnerSignedOn", d.learnerSignedOn(), d);
    notBeforeHeld("tutorSignedOn", d.tutorSignedOn(), d);
    if (d.nextReviewOn() != null && !d.nextReviewOn().isAfter(d.heldOn())) {
      throw new ReviewRejectedException(
          "nextReviewOn", d.nextReviewOn(), "must be after heldOn " + d.heldOn());
    }
    if (d.lessons() != null && d.lessons() < 0) {
      throw new ReviewRejectedException("lessons", d.lessons(), "must not be negative");
    }
    if (d.absences() != null && d.absences() < 0) {
      throw new ReviewRejectedException("absences", d.absences(), "must not be negative");
    }
    if (d.lessons() != null && d.absences() != null && d.absences() > d.lessons()) {
      throw new ReviewRejectedException(
          "absences", d.absences(), "must not exceed lessons " + d.lessons());
    }
  }

  private static void notBeforeHeld(String field, LocalDate signedOn, ProgressReviewDetails d) {
    if (signedOn != null && signedOn.isBefore(d.heldOn())) {
      throw new ReviewRejectedException(
          field, signedOn, "must not be before the review was held on " + d.heldOn());
    }
  }

  @EventSourcingHandler
  void on(
      ProgressReviewRecordedEvent e,
      PersonalData data,
      @MetaDataValue(EventMetadata.RECORDED_BY) String recordedBy) {
    this.aggregateId = ReviewIds.of(e.reviewId());
    this.reviewId = e.reviewId();
    this.learnerId = e.learnerId();
    this.author = recordedBy;
    this.details = narrative(e.details(), learnerId, data::openOrNull);
  }

  @EventSourcingHandler
  void on(ProgressReviewAmendedEvent e, PersonalData data) {
    this.details = narrative(e.details(), learnerId, data::openOrNull);
  }
}
