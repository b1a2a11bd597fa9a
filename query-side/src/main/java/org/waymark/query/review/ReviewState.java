package org.waymark.query.review;

import java.time.LocalDate;
import java.util.List;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;

/**
 * What one version of a progress review says: the facts of the form, and its free text only when
 * {@link ReviewNarrativeProtection} allows it.
 *
 * @param narrative the free text, or {@code null} when withheld (confidential) or empty
 * @param contentWithheld true when free text was recorded (or may have been: a confidential review)
 *     but not written here
 */
public record ReviewState(
    LocalDate heldOn,
    String tutor,
    Integer lessons,
    Integer absences,
    Punctuality punctuality,
    boolean onTarget,
    Boolean previousTargetsMet,
    List<ReviewedTarget> targetsReviewed,
    List<String> newTargetIds,
    LocalDate learnerSignedOn,
    LocalDate tutorSignedOn,
    List<ReviewCopyRecipient> copiesTo,
    LocalDate nextReviewOn,
    boolean confidential,
    boolean contentWithheld,
    ReviewNarrative narrative) {

  public ReviewState {
    targetsReviewed = targetsReviewed == null ? List.of() : List.copyOf(targetsReviewed);
    newTargetIds = newTargetIds == null ? List.of() : List.copyOf(newTargetIds);
    copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
  }

  /**
   * The state of {@code d}, its free text passed through {@code protection}.
   *
   * @param eventConfidential the event's own flag (for an amendment: either version confidential)
   * @param amendmentReason the amendment's reason, or {@code null}
   */
  static ReviewState of(
      String learnerId,
      ProgressReviewDetails d,
      boolean eventConfidential,
      String amendmentReason,
      ReviewNarrativeProtection protection) {
    boolean confidential = eventConfidential || d.confidential();
    ReviewNarrative recorded =
        new ReviewNarrative(
            d.workingTowards(),
            d.learnerComment(),
            d.tutorComment(),
            d.whyNotMet(),
            amendmentReason);
    ReviewNarrative stored = protection.forIndex(learnerId, confidential, recorded);
    boolean withheld = stored == null && (confidential || recorded.hasText());
    return new ReviewState(
        d.heldOn(),
        d.tutor(),
        d.lessons(),
        d.absences(),
        d.punctuality(),
        d.onTarget(),
        d.previousTargetsMet(),
        d.targetsReviewed(),
        d.newTargetIds(),
        d.learnerSignedOn(),
        d.tutorSignedOn(),
        d.copiesTo(),
        d.nextReviewOn(),
        d.confidential(),
        withheld,
        stored);
  }

  /**
   * This state with its personal free text removed (the learner was erased); every fact kept, and
   * {@code workingTowards} (a level, never sealed) too, so the result equals a rebuild's.
   */
  ReviewState withoutNarrative() {
    if (narrative == null) {
      return this;
    }
    ReviewNarrative kept = new ReviewNarrative(narrative.workingTowards(), null, null, null, null);
    return new ReviewState(
        heldOn,
        tutor,
        lessons,
        absences,
        punctuality,
        onTarget,
        previousTargetsMet,
        targetsReviewed,
        newTargetIds,
        learnerSignedOn,
        tutorSignedOn,
        copiesTo,
        nextReviewOn,
        confidential,
        contentWithheld,
        kept.hasText() ? kept : null);
  }

  /**
   * This state as it may be stored once the review is confidential: its free text passed through
   * {@code protection} again as confidential (with the default protection: removed).
   */
  ReviewState asConfidential(String learnerId, ReviewNarrativeProtection protection) {
    if (narrative == null) {
      return this;
    }
    ReviewNarrative stored = protection.forIndex(learnerId, true, narrative);
    return new ReviewState(
        heldOn,
        tutor,
        lessons,
        absences,
        punctuality,
        onTarget,
        previousTargetsMet,
        targetsReviewed,
        newTargetIds,
        learnerSignedOn,
        tutorSignedOn,
        copiesTo,
        nextReviewOn,
        confidential,
        stored == null,
        stored);
  }
}
