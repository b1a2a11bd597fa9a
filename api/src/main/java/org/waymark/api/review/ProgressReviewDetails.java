package org.waymark.api.review;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a progress review records (seed 004's form) but its id and learner. The free-text
 * fields, which issue 7 encrypts, are the last three and only those.
 *
 * @param lessons attendance summary: lessons in the period, or null when not recorded
 * @param absences attendance summary: lessons missed, or null when not recorded
 * @param workingTowards the level or grade the learner is working towards, or null
 * @param previousTargetsMet the form's "Previous targets met?", or null when not answered
 * @param targetsReviewed previous targets looked at, each met or not
 * @param newTargetIds targets set at this review
 * @param learnerSignedOn when the learner signed, or null while unsigned
 * @param tutorSignedOn when the tutor signed, or null while unsigned
 * @param copiesTo who receives a copy
 * @param nextReviewOn the date agreed for the next review, or null
 * @param confidential a confidential tutorial: restricted access
 * @param whyNotMet free text: if previous targets were not met, why not
 */
public record ProgressReviewDetails(
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

  public ProgressReviewDetails {
    targetsReviewed = targetsReviewed == null ? List.of() : List.copyOf(targetsReviewed);
    newTargetIds = newTargetIds == null ? List.of() : List.copyOf(newTargetIds);
    copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
  }
}
