package org.waymark.command.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;
import org.waymark.command.progress.NumberFields;
import org.waymark.command.web.FieldReader;

/**
 * A progress review: the reviews columns of CONTRACT.md in camelCase (review_id, learner_id,
 * held_on, tutor, on_target, punctuality, working_towards?, learner_comment?, tutor_comment?,
 * confidential?, next_review_on?) and, through the API, the rest of seed 004's form: {@code
 * lessons, absences, previousTargetsMet, whyNotMet, learnerSignedOn, tutorSignedOn, reason} and the
 * lists of {@link ReviewLists}.
 */
public final class ReviewInput {
  public static final List<String> COLUMNS =
      List.of("review_id", "learner_id", "held_on", "tutor", "on_target", "punctuality");
  public static final List<String> OPTIONAL_COLUMNS =
      List.of(
          "working_towards", "learner_comment", "tutor_comment", "confidential", "next_review_on");
  static final int TUTOR_MAX = 100;
  static final int WORKING_TOWARDS_MAX = 100;
  static final int COMMENT_MAX = 4000;
  static final int REASON_MAX = 500;
  static final int LESSONS_MAX = 10_000;

  /** The lists of the form, which only the JSON body carries; empty for a dataset row. */
  public record ReviewLists(
      List<ReviewedTarget> targetsReviewed,
      List<String> newTargetIds,
      List<ReviewCopyRecipient> copiesTo) {
    public static final ReviewLists NONE = new ReviewLists(List.of(), List.of(), List.of());
  }

  private ReviewInput() {}

  /** The scalar JSON fields (the lists are read by {@link ReviewJson}). */
  public static Set<String> scalarFieldSet() {
    return Stream.of(
            "reviewId",
            "learnerId",
            "heldOn",
            "tutor",
            "onTarget",
            "punctuality",
            "workingTowards",
            "learnerComment",
            "tutorComment",
            "confidential",
            "nextReviewOn",
            "lessons",
            "absences",
            "previousTargetsMet",
            "whyNotMet",
            "learnerSignedOn",
            "tutorSignedOn",
            "reason")
        .collect(Collectors.toUnmodifiableSet());
  }

  public static RecordProgressReviewCommand read(
      FieldReader r, Clock clock, ReviewLists lists, boolean contractColumnsOnly) {
    String reviewId = r.id("reviewId");
    String learnerId = r.id("learnerId");
    LocalDate heldOn = r.date("heldOn");
    String tutor = r.text("tutor", TUTOR_MAX);
    boolean onTarget = r.yesNo("onTarget");
    Punctuality punctuality =
        r.code("punctuality", Punctuality::valueOf, "EXCELLENT, GOOD, REASONABLE, POOR");
    String workingTowards = r.optionalText("workingTowards", WORKING_TOWARDS_MAX);
    String learnerComment = r.optionalMultilineText("learnerComment", COMMENT_MAX);
    String tutorComment = r.optionalMultilineText("tutorComment", COMMENT_MAX);
    Boolean confidential = optionalYesNo(r, "confidential");
    LocalDate nextReviewOn = optionalDate(r, "nextReviewOn");
    Integer lessons = NumberFields.optionalInteger(r, "lessons", 0, LESSONS_MAX);
    Integer absences = NumberFields.optionalInteger(r, "absences", 0, LESSONS_MAX);
    Boolean previousTargetsMet = optionalYesNo(r, "previousTargetsMet");
    String whyNotMet = r.optionalMultilineText("whyNotMet", COMMENT_MAX);
    LocalDate learnerSignedOn = optionalDate(r, "learnerSignedOn");
    LocalDate tutorSignedOn = optionalDate(r, "tutorSignedOn");
    String reason = r.optionalText("reason", REASON_MAX);

    if (heldOn != null) {
      if (heldOn.isAfter(LocalDate.now(clock))) {
        r.reject("heldOn", "must not be in the future");
      }
      if (learnerSignedOn != null && learnerSignedOn.isBefore(heldOn)) {
        r.reject("learnerSignedOn", "must not be before heldOn");
      }
      if (tutorSignedOn != null && tutorSignedOn.isBefore(heldOn)) {
        r.reject("tutorSignedOn", "must not be before heldOn");
      }
      if (nextReviewOn != null && !nextReviewOn.isAfter(heldOn)) {
        r.reject("nextReviewOn", "must be after heldOn");
      }
    }
    if (lessons != null && absences != null && absences > lessons) {
      r.reject("absences", "must not exceed lessons");
    }
    if (!r.valid()) {
      return null;
    }
    ProgressReviewDetails details =
        new ProgressReviewDetails(
            heldOn,
            tutor,
            lessons,
            absences,
            punctuality,
            workingTowards,
            onTarget,
            previousTargetsMet,
            lists.targetsReviewed(),
            lists.newTargetIds(),
            learnerSignedOn,
            tutorSignedOn,
            lists.copiesTo(),
            nextReviewOn,
            Boolean.TRUE.equals(confidential),
            learnerComment,
            tutorComment,
            whyNotMet);
    return new RecordProgressReviewCommand(
        reviewId, learnerId, details, contractColumnsOnly, reason);
  }

  private static Boolean optionalYesNo(FieldReader r, String field) {
    return r.optionalText(field, 64) == null ? null : r.yesNo(field);
  }

  private static LocalDate optionalDate(FieldReader r, String field) {
    return r.optionalText(field, 64) == null ? null : r.date(field);
  }
}
