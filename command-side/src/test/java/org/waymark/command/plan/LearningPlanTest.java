package org.waymark.command.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.plan.AgreeLearningPlanCommand;
import org.waymark.api.plan.IdentifyLearningNeedsCommand;
import org.waymark.api.plan.LearningLogEntryRecordedEvent;
import org.waymark.api.plan.LearningNeedsIdentifiedEvent;
import org.waymark.api.plan.LearningPlanAgreedEvent;
import org.waymark.api.plan.LearningPlanRevisedEvent;
import org.waymark.api.plan.RecordLearningLogEntryCommand;
import org.waymark.api.plan.ReviseLearningPlanCommand;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;

class LearningPlanTest {
  static final String L = "L-001";
  static final LocalDate IDENTIFIED = LocalDate.of(2026, 9, 15);
  static final LocalDate AGREED = LocalDate.of(2026, 9, 29);
  static final List<String> TARGETS = List.of("Functional Skills English Level 1");
  static final List<String> QUALIFICATIONS = List.of("Level 1 Award in Hair and Beauty");
  static final List<String> PLACEMENTS = List.of("Salon taster");

  FixtureConfiguration<LearningPlan> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(LearningPlan.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
  }

  static IdentifyLearningNeedsCommand identify(LocalDate on, String maths) {
    return new IdentifyLearningNeedsCommand(
        L,
        on,
        "Entry 3",
        maths,
        "Level 1",
        "Confidence",
        "Hairdressing",
        null,
        "Dyslexia",
        "Practical tasks",
        null);
  }

  static LearningNeedsIdentifiedEvent identified(LocalDate on, String maths) {
    return new LearningNeedsIdentifiedEvent(
        L,
        on,
        "Entry 3",
        maths,
        "Level 1",
        "Confidence",
        "Hairdressing",
        null,
        "Dyslexia",
        "Practical tasks",
        null);
  }

  static final LearningNeedsIdentifiedEvent NEEDS = identified(IDENTIFIED, "Entry 2");
  static final LearningPlanAgreedEvent PLAN =
      new LearningPlanAgreedEvent(
          L,
          AGREED,
          "Level 2 hairdressing",
          TARGETS,
          QUALIFICATIONS,
          PLACEMENTS,
          "Reading support");

  static AgreeLearningPlanCommand agree(LocalDate on) {
    return new AgreeLearningPlanCommand(
        L, on, "Level 2 hairdressing", TARGETS, QUALIFICATIONS, PLACEMENTS, "Reading support");
  }

  static ReviseLearningPlanCommand revise(LocalDate on, String aspiration) {
    return new ReviseLearningPlanCommand(
        L, on, aspiration, TARGETS, QUALIFICATIONS, PLACEMENTS, "Reading support", "taster");
  }

  @Nested
  class IdentifyLearningNeeds {
    @Test
    void recordsTheLearnersStartingPointAndNeeds() {
      fixture.givenNoPriorActivity().when(identify(IDENTIFIED, "Entry 2")).expectEvents(NEEDS);
    }

    @Test
    void storesNothingWhenTheSameNeedsArriveAgain() {
      fixture
          .given(NEEDS)
          .when(identify(IDENTIFIED, "Entry 2"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void recordsNeedsIdentifiedAfreshLater() {
      LocalDate later = IDENTIFIED.plusMonths(3);
      fixture
          .given(NEEDS)
          .when(identify(later, "Entry 3"))
          .expectEvents(identified(later, "Entry 3"));
    }

    @Test
    void rejectsNeedsDatedBeforeTheLastIdentification() {
      fixture
          .given(NEEDS)
          .when(identify(IDENTIFIED.minusDays(1), "Entry 1"))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }

  @Nested
  class AgreeLearningPlan {
    @Test
    void agreesThePlanOnceNeedsAreIdentified() {
      fixture.given(NEEDS).when(agree(AGREED)).expectEvents(PLAN);
    }

    @Test
    void rejectsAPlanBeforeTheLearnersNeedsAreIdentified() {
      fixture
          .givenNoPriorActivity()
          .when(agree(AGREED))
          .expectNoEvents()
          .expectException(ConflictException.class)
          .expectExceptionMessage(
              "the learner's needs must be identified before their learning plan is agreed");
    }

    @Test
    void rejectsAPlanAgreedBeforeTheNeedsWereIdentified() {
      fixture
          .given(NEEDS)
          .when(agree(IDENTIFIED.minusDays(1)))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }

    @Test
    void storesNothingWhenTheSameAgreementArrivesAgain() {
      fixture
          .given(NEEDS, PLAN)
          .when(agree(AGREED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsAgreeingADifferentPlanAgainRatherThanRevisingIt() {
      fixture
          .given(NEEDS, PLAN)
          .when(agree(AGREED.plusDays(1)))
          .expectNoEvents()
          .expectException(ConflictException.class)
          .expectExceptionMessage(
              "the learning plan was already agreed on 2026-09-29; revise it instead");
    }
  }

  @Nested
  class ReviseLearningPlan {
    final LocalDate revisedOn = LocalDate.of(2027, 1, 12);

    @Test
    void recordsTheWholeRevisedPlanAndTheReason() {
      fixture
          .given(NEEDS, PLAN)
          .when(revise(revisedOn, "Level 2 barbering"))
          .expectEvents(
              new LearningPlanRevisedEvent(
                  L,
                  revisedOn,
                  "Level 2 barbering",
                  TARGETS,
                  QUALIFICATIONS,
                  PLACEMENTS,
                  "Reading support",
                  "taster"));
    }

    @Test
    void storesNothingWhenTheRevisionChangesNothing() {
      fixture
          .given(NEEDS, PLAN)
          .when(revise(revisedOn, "Level 2 hairdressing"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsARevisionOfAPlanNeverAgreed() {
      fixture
          .given(NEEDS)
          .when(revise(revisedOn, "Level 2 barbering"))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void rejectsARevisionDatedBeforeThePlanItRevises() {
      fixture
          .given(NEEDS, PLAN)
          .when(revise(AGREED.minusDays(1), "Level 2 barbering"))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }

    @Test
    void comparesAgainstTheLatestRevisionNotTheOriginalPlan() {
      fixture
          .given(
              NEEDS,
              PLAN,
              new LearningPlanRevisedEvent(
                  L,
                  revisedOn,
                  "Level 2 barbering",
                  TARGETS,
                  QUALIFICATIONS,
                  PLACEMENTS,
                  "Reading support",
                  "taster"))
          .when(revise(revisedOn.minusDays(1), "Level 2 hairdressing"))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }

  @Nested
  class RecordLearningLogEntry {
    final RecordLearningLogEntryCommand entry =
        new RecordLearningLogEntryCommand(
            L, "LOG-1", LocalDate.of(2026, 10, 2), "Mixing colour", "Demonstration", null, null);
    final LearningLogEntryRecordedEvent recorded =
        new LearningLogEntryRecordedEvent(
            L, "LOG-1", LocalDate.of(2026, 10, 2), "Mixing colour", "Demonstration", null, null);

    @Test
    void recordsTheLearnersEntry() {
      fixture.given(NEEDS).when(entry).expectEvents(recorded);
    }

    @Test
    void storesNothingWhenTheSameEntryArrivesAgain() {
      fixture
          .given(NEEDS, recorded)
          .when(entry)
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsADifferentEntryUnderAnIdAlreadyUsed() {
      fixture
          .given(NEEDS, recorded)
          .when(
              new RecordLearningLogEntryCommand(
                  L, "LOG-1", LocalDate.of(2026, 10, 2), "Cutting", null, null, null))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void rejectsAnEntryForALearnerWithNoLearningPlanYet() {
      fixture
          .givenNoPriorActivity()
          .when(entry)
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }
}
