package org.waymark.command.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetDetails;
import org.waymark.api.target.TargetOutcome;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.command.web.NotFoundException;

class TargetTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate SET = LocalDate.of(2026, 9, 15);
  static final LocalDate DUE = LocalDate.of(2026, 10, 23);

  FixtureConfiguration<Target> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Target.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static SetTargetCommand set(LocalDate setOn, LocalDate dueOn) {
    return new SetTargetCommand(
        "T-1",
        "L-1",
        "maths",
        "Scale a recipe",
        "Three recipes",
        setOn,
        dueOn,
        "LT-1",
        false,
        null);
  }

  static final TargetSetEvent SET_EVENT =
      new TargetSetEvent(
          "T-1", "L-1", "maths", "Scale a recipe", "Three recipes", SET, DUE, "LT-1");

  static RecordTargetOutcomeCommand outcome(LocalDate date, TargetOutcome o, LocalDate newDueOn) {
    return new RecordTargetOutcomeCommand("T-1", date, o, newDueOn, null, null);
  }

  static TargetOutcomeRecordedEvent recorded(LocalDate date, TargetOutcome o, LocalDate newDueOn) {
    return new TargetOutcomeRecordedEvent("T-1", "L-1", date, o, newDueOn, null);
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Nested
  class SetTarget {
    @Test
    void setsANewTargetWithItsMeasureAndLongTermTarget() {
      fixture.givenNoPriorActivity().when(set(SET, DUE)).expectEvents(SET_EVENT);
    }

    @Test
    void acceptsATargetDueOnTheDayItIsSet() {
      fixture
          .givenNoPriorActivity()
          .when(set(SET, SET))
          .expectEvents(
              new TargetSetEvent(
                  "T-1", "L-1", "maths", "Scale a recipe", "Three recipes", SET, SET, "LT-1"));
    }

    @Test
    void rejectsATargetDueBeforeItWasSet() {
      fixture
          .givenNoPriorActivity()
          .when(set(SET, SET.minusDays(1)))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void recordsNothingWhenTheSameTargetIsSetAgain() {
      fixture
          .given(SET_EVENT)
          .when(set(SET, DUE))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsAChangedTargetWithTheOldAndNewDetails() {
      TargetDetails before =
          new TargetDetails("maths", "Scale a recipe", "Three recipes", SET, DUE, "LT-1");
      TargetDetails after =
          new TargetDetails("maths", "Scale a recipe", "Three recipes", SET, d(10, 30), "LT-1");
      fixture
          .given(SET_EVENT)
          .when(set(SET, d(10, 30)))
          .expectEvents(new TargetAmendedEvent("T-1", "L-1", before, after, null));
    }

    @Test
    void keepsTheMeasureAndLongTermTargetWhenAnImportCannotCarryThem() {
      SetTargetCommand fromFile =
          new SetTargetCommand(
              "T-1", "L-1", "maths", "Scale a recipe", null, SET, DUE, null, true, null);
      fixture.given(SET_EVENT).when(fromFile).expectNoEvents();
    }

    @Test
    void rejectsMovingATargetToAnotherLearner() {
      SetTargetCommand other =
          new SetTargetCommand(
              "T-1",
              "L-2",
              "maths",
              "Scale a recipe",
              "Three recipes",
              SET,
              DUE,
              "LT-1",
              false,
              null);
      fixture
          .given(SET_EVENT)
          .when(other)
          .expectNoEvents()
          .expectException(TargetConflictException.class);
    }

    @Test
    void rejectsMovingTheSetDateAfterAnOutcomeAlreadyRecorded() {
      fixture
          .given(SET_EVENT, recorded(d(10, 1), TargetOutcome.MET, null))
          .when(set(d(10, 2), DUE))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsMovingTheDueDateToOrPastTheDateItWasCarriedForwardTo() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)))
          .when(set(SET, d(11, 20)))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }
  }

  @Nested
  class RecordTargetOutcome {
    @Test
    void recordsAFinalOutcome() {
      fixture
          .given(SET_EVENT)
          .when(outcome(d(10, 23), TargetOutcome.MET, null))
          .expectEvents(recorded(d(10, 23), TargetOutcome.MET, null));
    }

    @Test
    void carriesATargetForwardAgainToADateAfterTheFirstNewDueDate() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 6)))
          .when(outcome(d(11, 6), TargetOutcome.CARRIED_FORWARD, d(11, 20)))
          .expectEvents(recorded(d(11, 6), TargetOutcome.CARRIED_FORWARD, d(11, 20)));
    }

    @Test
    void rejectsAnOutcomeForATargetNeverSet() {
      fixture
          .givenNoPriorActivity()
          .when(outcome(d(10, 23), TargetOutcome.MET, null))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAnOutcomeDatedBeforeTheTargetWasSet() {
      fixture
          .given(SET_EVENT)
          .when(outcome(SET.minusDays(1), TargetOutcome.NOT_MET, null))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsAnOutcomeDatedInTheFuture() {
      fixture
          .given(SET_EVENT)
          .when(outcome(d(11, 24), TargetOutcome.MET, null))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsACarryForwardWithoutANewDueDate() {
      fixture
          .given(SET_EVENT)
          .when(outcome(d(10, 23), TargetOutcome.CARRIED_FORWARD, null))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsANewDueDateOnAnOutcomeThatIsNotACarryForward() {
      fixture
          .given(SET_EVENT)
          .when(outcome(d(10, 23), TargetOutcome.WITHDRAWN, d(11, 1)))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsACarryForwardToADateNotAfterTheOldDueDate() {
      fixture
          .given(SET_EVENT)
          .when(outcome(d(10, 20), TargetOutcome.CARRIED_FORWARD, DUE))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsASecondCarryForwardNotAfterTheFirstNewDueDate() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)))
          .when(outcome(d(11, 1), TargetOutcome.CARRIED_FORWARD, d(11, 10)))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }

    @Test
    void rejectsASecondFinalOutcome() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.MET, null))
          .when(outcome(d(10, 30), TargetOutcome.NOT_MET, null))
          .expectNoEvents()
          .expectException(TargetConflictException.class);
    }

    @Test
    void rejectsACarryForwardAfterAFinalOutcome() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.WITHDRAWN, null))
          .when(outcome(d(10, 30), TargetOutcome.CARRIED_FORWARD, d(12, 1)))
          .expectNoEvents()
          .expectException(TargetConflictException.class);
    }

    @Test
    void rejectsAnOutcomeDatedBeforeTheLatestRecordedOne() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)))
          .when(outcome(d(10, 1), TargetOutcome.MET, null))
          .expectNoEvents()
          .expectException(TargetConflictException.class);
    }

    @Test
    void recordsNothingWhenTheSameOutcomeIsRecordedAgain() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.MET, null))
          .when(outcome(d(10, 23), TargetOutcome.MET, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void recordsNothingWhenAnEarlierOutcomeIsRecordedAgainAsOnReImport() {
      fixture
          .given(
              SET_EVENT,
              recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)),
              recorded(d(11, 20), TargetOutcome.MET, null))
          .when(outcome(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsTheLatestOutcomeOnItsDateWithTheOldAndNewValues() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.PARTIALLY_MET, null))
          .when(
              new RecordTargetOutcomeCommand(
                  "T-1", d(10, 23), TargetOutcome.MET, null, null, "evidence found"))
          .expectEvents(
              new TargetOutcomeAmendedEvent(
                  "T-1",
                  "L-1",
                  d(10, 23),
                  TargetOutcome.PARTIALLY_MET,
                  null,
                  null,
                  TargetOutcome.MET,
                  null,
                  null,
                  "evidence found"));
    }

    @Test
    void rejectsAmendingAnOutcomeThatIsNotTheLatest() {
      fixture
          .given(
              SET_EVENT,
              recorded(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 20)),
              recorded(d(11, 20), TargetOutcome.MET, null))
          .when(outcome(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(11, 27)))
          .expectNoEvents()
          .expectException(TargetConflictException.class);
    }

    @Test
    void rejectsAmendingTheLatestIntoACarryForwardNotAfterTheDueDateBeforeIt() {
      fixture
          .given(SET_EVENT, recorded(d(10, 23), TargetOutcome.NOT_MET, null))
          .when(outcome(d(10, 23), TargetOutcome.CARRIED_FORWARD, d(10, 1)))
          .expectNoEvents()
          .expectException(TargetRejectedException.class);
    }
  }

  @Nested
  class SetNewTarget {
    @Test
    void setsTheTargetWithoutAnyPriorEvent() {
      fixture
          .givenNoPriorActivity()
          .when(new SetNewTargetCommand(set(SET, DUE)))
          .expectEvents(SET_EVENT);
    }

    @Test
    void refusesATargetDueBeforeItIsSetAsASetDoes() {
      fixture
          .givenNoPriorActivity()
          .when(new SetNewTargetCommand(set(SET, SET.minusDays(1))))
          .expectException(TargetRejectedException.class)
          .expectNoEvents();
    }
  }
}
