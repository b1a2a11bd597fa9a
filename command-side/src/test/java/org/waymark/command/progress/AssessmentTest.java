package org.waymark.command.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.progress.RecordAssessmentCommand;

class AssessmentTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate DATE = LocalDate.of(2026, 9, 15);
  static final String ID =
      RecordAssessmentCommand.key("L-1", "maths", DATE, AssessmentKind.BASELINE);

  FixtureConfiguration<Assessment> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Assessment.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static RecordAssessmentCommand record(double score) {
    return new RecordAssessmentCommand(
        ID, "L-1", "maths", DATE, AssessmentKind.BASELINE, score, null);
  }

  static AssessmentRecordedEvent recorded(double score) {
    return new AssessmentRecordedEvent(ID, "L-1", "maths", DATE, AssessmentKind.BASELINE, score);
  }

  @Nested
  class RecordAssessment {
    @Test
    void recordsANewScore() {
      fixture.givenNoPriorActivity().when(record(3.5)).expectEvents(recorded(3.5));
    }

    @Test
    void acceptsANegativeOrLargeScoreBecauseNoAreaHasARange() {
      fixture.givenNoPriorActivity().when(record(-12.25)).expectEvents(recorded(-12.25));
    }

    @Test
    void recordsNothingWhenTheSameScoreIsRecordedAgain() {
      fixture
          .given(recorded(3.5))
          .when(record(3.5))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsAChangedScoreKeepingTheOldOneAndTheReason() {
      RecordAssessmentCommand changed =
          new RecordAssessmentCommand(
              ID, "L-1", "maths", DATE, AssessmentKind.BASELINE, 4.0, "marking error");
      fixture
          .given(recorded(3.5))
          .when(changed)
          .expectEvents(
              new AssessmentAmendedEvent(
                  ID, "L-1", "maths", DATE, AssessmentKind.BASELINE, 3.5, 4.0, "marking error"));
    }

    @Test
    void rejectsAScoreThatIsNotAFiniteNumber() {
      fixture
          .givenNoPriorActivity()
          .when(record(Double.NaN))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }

    @Test
    void rejectsAnAssessmentDatedInTheFuture() {
      LocalDate tomorrow = LocalDate.of(2026, 11, 24);
      fixture
          .givenNoPriorActivity()
          .when(
              new RecordAssessmentCommand(
                  RecordAssessmentCommand.key("L-1", "maths", tomorrow, AssessmentKind.BASELINE),
                  "L-1",
                  "maths",
                  tomorrow,
                  AssessmentKind.BASELINE,
                  1,
                  null))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }

    @Test
    void rejectsAnIdThatIsNotTheNaturalKey() {
      fixture
          .givenNoPriorActivity()
          .when(
              new RecordAssessmentCommand(
                  "A-1", "L-1", "maths", DATE, AssessmentKind.BASELINE, 1, null))
          .expectNoEvents()
          .expectException(ProgressRejectedException.class);
    }
  }

  @Nested
  class RecordNewAssessment {
    @Test
    void createsTheAssessmentWithoutAnyPriorEvent() {
      fixture
          .givenNoPriorActivity()
          .when(new RecordNewAssessmentCommand(record(3.5)))
          .expectEvents(recorded(3.5));
    }

    @Test
    void makesTheSameChecksAsARecord() {
      RecordAssessmentCommand future =
          new RecordAssessmentCommand(
              RecordAssessmentCommand.key(
                  "L-1", "maths", DATE.plusYears(1), AssessmentKind.BASELINE),
              "L-1",
              "maths",
              DATE.plusYears(1),
              AssessmentKind.BASELINE,
              3.5,
              null);
      fixture
          .givenNoPriorActivity()
          .when(new RecordNewAssessmentCommand(future))
          .expectException(ProgressRejectedException.class)
          .expectNoEvents();
    }
  }
}
