package org.waymark.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.review.Review;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;
import org.waymark.query.store.EventContext;

/** The review document's versions, {@code asAt} and confidentiality, without infrastructure. */
class ReviewDocumentTest {
  static final Instant RECORDED = Instant.parse("2025-10-01T09:00:00Z");
  static final Instant AMENDED = Instant.parse("2025-10-05T09:00:00Z");
  static final org.waymark.privacy.PersonalData DATA =
      org.waymark.query.erasure.TestPersonalData.sealing();
  static final ReviewNarrativeProtection PROTECTION = new WithholdConfidentialNarrative(DATA);

  static ProgressReviewDetails details(
      LocalDate heldOn, boolean onTarget, boolean confidential, String comment) {
    return new ProgressReviewDetails(
        heldOn,
        "Ms Tutor",
        20,
        2,
        Punctuality.GOOD,
        "Level 2",
        onTarget,
        true,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        confidential,
        comment,
        "tutor says " + comment,
        null);
  }

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "tester", "api", null, "X");
  }

  static ReviewDocument recorded(boolean confidential) {
    return ReviewDocument.recorded(
        ProgressReviewRecordedEvent.of(
            "R-1", "L-1", details(LocalDate.of(2025, 9, 30), false, confidential, "first words")),
        event(10, RECORDED),
        PROTECTION);
  }

  @Test
  void anAmendedReviewCountsWithItsOldDateAndOnTargetBeforeTheAmendment() {
    ReviewDocument d =
        recorded(false)
            .amended(
                new ProgressReviewAmendedEvent(
                    "R-1",
                    "L-1",
                    false,
                    null,
                    details(LocalDate.of(2025, 10, 3), true, false, "second words"),
                    "date keyed wrongly"),
                event(11, AMENDED),
                PROTECTION);

    assertThat(d.reviewAt(RECORDED.minusSeconds(1))).as("not yet recorded").isEmpty();
    assertThat(d.reviewAt(AMENDED.minusSeconds(1)))
        .contains(new Review("R-1", "L-1", LocalDate.of(2025, 9, 30), false));
    assertThat(d.reviewAt(AMENDED))
        .contains(new Review("R-1", "L-1", LocalDate.of(2025, 10, 3), true));
    assertThat(d.reviewAt(null)).isEqualTo(d.reviewAt(AMENDED));
    assertThat(d.versions()).hasSize(2);
    assertThat(d.versions().get(0).supersededAt()).isEqualTo(AMENDED);
    assertThat(d.amendments()).isEqualTo(1);
    assertThat(d.position()).isEqualTo(11);
    assertThat(d.current().narrative().learnerComment()).isEqualTo("second words");
    assertThat(d.current().narrative().amendmentReason()).isEqualTo("date keyed wrongly");
    assertThat(d.contentWithheld()).isFalse();
  }

  @Test
  void serialisesOnlyToFieldsOfTheStrictMapping() throws Exception {
    ReviewDocument d =
        recorded(false)
            .amended(
                new ProgressReviewAmendedEvent(
                    "R-1",
                    "L-1",
                    false,
                    null,
                    new ProgressReviewDetails(
                        LocalDate.of(2025, 10, 3),
                        "T",
                        1,
                        0,
                        Punctuality.POOR,
                        "w",
                        true,
                        false,
                        List.of(new ReviewedTarget("T-1", true)),
                        List.of("T-2"),
                        LocalDate.of(2025, 10, 3),
                        LocalDate.of(2025, 10, 3),
                        List.of(ReviewCopyRecipient.LEARNER),
                        LocalDate.of(2025, 11, 3),
                        false,
                        "a",
                        "b",
                        "c"),
                    "why"),
                event(11, AMENDED),
                PROTECTION);

    StrictMappings.assertMapped(d, "elasticsearch/reviews-v1.json");
    StrictMappings.assertMapped(recorded(true), "elasticsearch/reviews-v1.json");
  }

  @Test
  void aConfidentialReviewKeepsItsFactsButNoneOfItsText() {
    ReviewDocument d = recorded(true);

    assertThat(d.confidential()).isTrue();
    assertThat(d.contentWithheld()).isTrue();
    assertThat(d.current().narrative()).isNull();
    assertThat(d.versions().get(0).state().narrative()).isNull();
    assertThat(d.current().heldOn()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(d.current().tutor()).isEqualTo("Ms Tutor");
  }

  @Test
  void anAmendmentThatMakesAReviewConfidentialRemovesTheTextOfEveryEarlierVersion() {
    ReviewDocument d =
        recorded(false)
            .amended(
                new ProgressReviewAmendedEvent(
                    "R-1",
                    "L-1",
                    true,
                    null,
                    details(LocalDate.of(2025, 9, 30), false, true, "now private"),
                    "should have been confidential"),
                event(11, AMENDED),
                PROTECTION);

    assertThat(d.confidential()).isTrue();
    assertThat(d.contentWithheld()).isTrue();
    assertThat(d.versions()).allSatisfy(v -> assertThat(v.state().narrative()).isNull());
    assertThat(d.toString()).doesNotContain("first words").doesNotContain("now private");
  }

  @Test
  void aReviewWithNoTextIsNotMarkedWithheld() {
    ReviewDocument d =
        ReviewDocument.recorded(
            ProgressReviewRecordedEvent.of(
                "R-2",
                "L-1",
                new ProgressReviewDetails(
                    LocalDate.of(2025, 9, 30),
                    "T",
                    null,
                    null,
                    null,
                    null,
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null)),
            event(12, RECORDED),
            PROTECTION);

    assertThat(d.contentWithheld()).isFalse();
    assertThat(d.current().narrative()).isNull();
  }

  @Test
  void opensSealedTextForTheReadModelAndScrubsItAfterErasureKeepingTheFacts() {
    DATA.checkNotErased("L-7");
    ProgressReviewDetails plain = details(LocalDate.of(2025, 9, 30), true, false, "sealed words");
    ProgressReviewDetails sealed =
        new ProgressReviewDetails(
            plain.heldOn(),
            plain.tutor(),
            plain.lessons(),
            plain.absences(),
            plain.punctuality(),
            plain.workingTowards(),
            plain.onTarget(),
            plain.previousTargetsMet(),
            plain.targetsReviewed(),
            plain.newTargetIds(),
            plain.learnerSignedOn(),
            plain.tutorSignedOn(),
            plain.copiesTo(),
            plain.nextReviewOn(),
            plain.confidential(),
            DATA.seal("L-7", plain.learnerComment()),
            DATA.seal("L-7", plain.tutorComment()),
            null);
    ReviewDocument d =
        ReviewDocument.recorded(
            ProgressReviewRecordedEvent.of("R-7", "L-7", sealed), event(20, RECORDED), PROTECTION);
    assertThat(d.current().narrative().learnerComment()).isEqualTo("sealed words");

    ReviewDocument erased = d.erased(event(21, AMENDED));
    assertThat(erased.current().narrative())
        .isEqualTo(new ReviewNarrative("Level 2", null, null, null, null));
    assertThat(erased.versions())
        .allMatch(v -> v.state().narrative().learnerComment() == null)
        .allMatch(v -> v.state().narrative().tutorComment() == null);
    assertThat(erased.reviewAt(null)).isEqualTo(d.reviewAt(null));
    assertThat(erased.position()).isEqualTo(21);

    DATA.shred("L-7");
    ReviewDocument rebuilt =
        ReviewDocument.recorded(
            ProgressReviewRecordedEvent.of("R-7", "L-7", sealed), event(20, RECORDED), PROTECTION);
    assertThat(rebuilt.current())
        .as("a rebuild after erasure gives the scrubbed review")
        .isEqualTo(erased.current());
    assertThat(rebuilt.reviewAt(null)).isEqualTo(d.reviewAt(null));
  }
}
