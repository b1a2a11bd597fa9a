package org.waymark.command.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;

class ProgressReviewTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate HELD = LocalDate.of(2026, 10, 20);

  FixtureConfiguration<ProgressReview> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ProgressReview.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  /** The whole form filled in. */
  static ProgressReviewDetails form() {
    return new ProgressReviewDetails(
        HELD,
        "J. Smith",
        30,
        2,
        Punctuality.GOOD,
        "Entry Level 3",
        true,
        false,
        List.of(new ReviewedTarget("T-1", false)),
        List.of("T-2"),
        HELD,
        HELD.plusDays(1),
        List.of(ReviewCopyRecipient.LEARNER, ReviewCopyRecipient.HOME_SCHOOL),
        HELD.plusDays(42),
        false,
        "I like the practical work",
        "Good effort",
        "Absent for two weeks");
  }

  static ProgressReviewDetails with(
      LocalDate heldOn,
      Integer lessons,
      Integer absences,
      LocalDate learnerSignedOn,
      LocalDate tutorSignedOn,
      LocalDate nextReviewOn) {
    ProgressReviewDetails f = form();
    return new ProgressReviewDetails(
        heldOn,
        f.tutor(),
        lessons,
        absences,
        f.punctuality(),
        f.workingTowards(),
        f.onTarget(),
        f.previousTargetsMet(),
        f.targetsReviewed(),
        f.newTargetIds(),
        learnerSignedOn,
        tutorSignedOn,
        f.copiesTo(),
        nextReviewOn,
        f.confidential(),
        f.learnerComment(),
        f.tutorComment(),
        f.whyNotMet());
  }

  static RecordProgressReviewCommand record(ProgressReviewDetails d) {
    return new RecordProgressReviewCommand("R-1", "L-1", d, false, null);
  }

  static ProgressReviewRecordedEvent recorded(ProgressReviewDetails d) {
    return ProgressReviewRecordedEvent.of("R-1", "L-1", d);
  }

  @Nested
  class RecordProgressReview {
    @Test
    void recordsTheWholeForm() {
      fixture.givenNoPriorActivity().when(record(form())).expectEvents(recorded(form()));
    }

    @Test
    void recordsNothingWhenTheSameReviewIsRecordedAgain() {
      fixture
          .given(recorded(form()))
          .when(record(form()))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsAChangedReviewWithTheOldAndNewForm() {
      ProgressReviewDetails signed = with(HELD, 30, 3, HELD, HELD, HELD.plusDays(42));
      fixture
          .given(recorded(form()))
          .when(new RecordProgressReviewCommand("R-1", "L-1", signed, false, "absence missed"))
          .expectEvents(
              new ProgressReviewAmendedEvent(
                  "R-1", "L-1", false, form(), signed, "absence missed"));
    }

    @Test
    void marksAnAmendmentConfidentialWhenEitherVersionIsConfidential() {
      ProgressReviewDetails f = form();
      ProgressReviewDetails secret =
          new ProgressReviewDetails(
              f.heldOn(),
              f.tutor(),
              f.lessons(),
              f.absences(),
              f.punctuality(),
              f.workingTowards(),
              f.onTarget(),
              f.previousTargetsMet(),
              f.targetsReviewed(),
              f.newTargetIds(),
              f.learnerSignedOn(),
              f.tutorSignedOn(),
              f.copiesTo(),
              f.nextReviewOn(),
              true,
              f.learnerComment(),
              f.tutorComment(),
              f.whyNotMet());
      fixture
          .given(recorded(secret))
          .when(record(f))
          .expectEvents(new ProgressReviewAmendedEvent("R-1", "L-1", true, secret, f, null));
    }

    @Test
    void aDatasetRowAmendsOnlyItsColumnsAndKeepsTheRestOfTheForm() {
      ProgressReviewDetails f = form();
      ProgressReviewDetails row =
          new ProgressReviewDetails(
              HELD,
              "J. Smith",
              null,
              null,
              Punctuality.POOR,
              null,
              true,
              null,
              List.of(),
              List.of(),
              null,
              null,
              List.of(),
              null,
              false,
              null,
              null,
              null);
      ProgressReviewDetails merged =
          new ProgressReviewDetails(
              f.heldOn(),
              f.tutor(),
              f.lessons(),
              f.absences(),
              Punctuality.POOR,
              f.workingTowards(),
              f.onTarget(),
              f.previousTargetsMet(),
              f.targetsReviewed(),
              f.newTargetIds(),
              f.learnerSignedOn(),
              f.tutorSignedOn(),
              f.copiesTo(),
              f.nextReviewOn(),
              f.confidential(),
              f.learnerComment(),
              f.tutorComment(),
              f.whyNotMet());
      fixture
          .given(recorded(f))
          .when(new RecordProgressReviewCommand("R-1", "L-1", row, true, null))
          .expectEvents(new ProgressReviewAmendedEvent("R-1", "L-1", false, f, merged, null));
    }

    @Test
    void rejectsTheSameReviewIdForAnotherLearner() {
      fixture
          .given(recorded(form()))
          .when(new RecordProgressReviewCommand("R-1", "L-2", form(), false, null))
          .expectNoEvents()
          .expectException(ReviewConflictException.class);
    }

    @Test
    void rejectsAReviewHeldInTheFuture() {
      LocalDate tomorrow = LocalDate.of(2026, 11, 24);
      fixture
          .givenNoPriorActivity()
          .when(record(with(tomorrow, 30, 2, null, null, null)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsALearnerSignatureDatedBeforeTheReview() {
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, 30, 2, HELD.minusDays(1), null, null)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsATutorSignatureDatedBeforeTheReview() {
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, 30, 2, null, HELD.minusDays(1), null)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsANextReviewNotAfterThisOne() {
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, 30, 2, null, null, HELD)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsMoreAbsencesThanLessons() {
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, 3, 4, null, null, null)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsNegativeLessonsOrAbsences() {
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, -1, null, null, null, null)))
          .expectException(ReviewRejectedException.class);
      fixture
          .givenNoPriorActivity()
          .when(record(with(HELD, null, -1, null, null, null)))
          .expectException(ReviewRejectedException.class);
    }

    @Test
    void rejectsAnAmendmentThatWouldBreakARule() {
      fixture
          .given(recorded(form()))
          .when(record(with(HELD, 30, 2, HELD.minusDays(3), null, null)))
          .expectNoEvents()
          .expectException(ReviewRejectedException.class);
    }
  }

  @Nested
  class RecordNewProgressReview {
    @Test
    void createsTheReviewWithoutAnyPriorEvent() {
      fixture
          .givenNoPriorActivity()
          .when(new RecordNewProgressReviewCommand(record(form())))
          .expectEvents(recorded(form()));
    }

    @Test
    void makesTheSameChecksAsARecord() {
      fixture
          .givenNoPriorActivity()
          .when(new RecordNewProgressReviewCommand(record(with(HELD, 3, 4, null, null, null))))
          .expectException(ReviewRejectedException.class)
          .expectNoEvents();
    }
  }
}
