package org.waymark.api.review;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A progress review (seed 004's form) was held and recorded. The free-text fields ({@code
 * learnerComment}, {@code tutorComment}, {@code whyNotMet}) stand apart from the facts so they can
 * be encrypted; {@code confidential} marks a tutorial with restricted access.
 */
@Revision("1")
public record ProgressReviewRecordedEvent(
    String reviewId,
    String learnerId,
    LocalDate heldOn,
    String tutor,
    Integer lessons,
    Integer absences,
    Punctuality punctuality,
    String workingTowards,
    boolean onTarget,
    Boolean previousTargetsMet,
    List<ReviewedTarget> targetsReviewed,
    List<String> newTargetIds,
    LocalDate learnerSignedOn,
    LocalDate tutorSignedOn,
    List<ReviewCopyRecipient> copiesTo,
    LocalDate nextReviewOn,
    boolean confidential,
    String learnerComment,
    String tutorComment,
    String whyNotMet) {

  public static ProgressReviewRecordedEvent of(
      String reviewId, String learnerId, ProgressReviewDetails d) {
    return new ProgressReviewRecordedEvent(
        reviewId,
        learnerId,
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
        d.learnerComment(),
        d.tutorComment(),
        d.whyNotMet());
  }

  public ProgressReviewDetails details() {
    return new ProgressReviewDetails(
        heldOn,
        tutor,
        lessons,
        absences,
        punctuality,
        workingTowards,
        onTarget,
        previousTargetsMet,
        targetsReviewed,
        newTargetIds,
        learnerSignedOn,
        tutorSignedOn,
        copiesTo,
        nextReviewOn,
        confidential,
        learnerComment,
        tutorComment,
        whyNotMet);
  }
}
