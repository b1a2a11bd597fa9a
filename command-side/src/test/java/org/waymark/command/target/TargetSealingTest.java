package org.waymark.command.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetOutcome;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.PersonalData;

/** A target's free text is stored only sealed with the learner's key; compared as plaintext. */
class TargetSealingTest {
  FixtureConfiguration<Target> fixture;
  PersonalData data;

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    fixture = new AggregateTestFixture<>(Target.class);
    fixture.registerInjectableResource(data);
    fixture.registerInjectableResource(TargetTest.CLOCK);
  }

  String open(String value) {
    return data.openOrNull("L-1", value);
  }

  TargetSetEvent sealedSet() {
    TargetSetEvent e = TargetTest.SET_EVENT;
    return new TargetSetEvent(
        e.targetId(),
        e.learnerId(),
        e.area(),
        data.seal("L-1", e.description()),
        data.seal("L-1", e.measure()),
        e.setOn(),
        e.dueOn(),
        e.longTermTargetId());
  }

  TargetOutcomeRecordedEvent sealedOutcome(String note) {
    return new TargetOutcomeRecordedEvent(
        "T-1", "L-1", TargetTest.DUE, TargetOutcome.NOT_MET, null, data.seal("L-1", note));
  }

  @Test
  void storesTheDescriptionAndMeasureOnlySealed() {
    fixture
        .givenNoPriorActivity()
        .when(TargetTest.set(TargetTest.SET, TargetTest.DUE))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (TargetSetEvent e) ->
                            PersonalData.isSealed(e.description())
                                && PersonalData.isSealed(e.measure())
                                && "Scale a recipe".equals(open(e.description()))
                                && "Three recipes".equals(open(e.measure()))),
                    Matchers.andNoMore())));
  }

  @Test
  void comparesOpenedTextSoTheSameTargetAgainRecordsNothing() {
    fixture
        .given(sealedSet())
        .when(TargetTest.set(TargetTest.SET, TargetTest.DUE))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void sealsBothVersionsAndTheReasonOfAnAmendment() {
    SetTargetCommand reworded =
        new SetTargetCommand(
            "T-1",
            "L-1",
            "maths",
            "Scale a recipe for six",
            "Three recipes",
            TargetTest.SET,
            TargetTest.DUE,
            "LT-1",
            false,
            "tutor's wording");
    fixture
        .given(sealedSet())
        .when(reworded)
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (TargetAmendedEvent e) ->
                            PersonalData.isSealed(e.previous().description())
                                && PersonalData.isSealed(e.details().description())
                                && PersonalData.isSealed(e.reason())
                                && "Scale a recipe".equals(open(e.previous().description()))
                                && "Scale a recipe for six".equals(open(e.details().description()))
                                // unchanged text keeps one sealed value, so versions differ
                                // exactly where the text does
                                && e.previous().measure().equals(e.details().measure())
                                && "tutor's wording".equals(open(e.reason()))),
                    Matchers.andNoMore())));
  }

  @Test
  void sealsAnOutcomesNote() {
    fixture
        .given(sealedSet())
        .when(
            new RecordTargetOutcomeCommand(
                "T-1", TargetTest.DUE, TargetOutcome.NOT_MET, null, "was ill", null))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (TargetOutcomeRecordedEvent e) ->
                            PersonalData.isSealed(e.note()) && "was ill".equals(open(e.note()))),
                    Matchers.andNoMore())));
  }

  @Test
  void recordsNothingWhenTheSameOutcomeAndNoteAreRecordedAgain() {
    fixture
        .given(sealedSet(), sealedOutcome("was ill"))
        .when(
            new RecordTargetOutcomeCommand(
                "T-1", TargetTest.DUE, TargetOutcome.NOT_MET, null, "was ill", null))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void sealsTheNotesAndReasonOfAnAmendedOutcome() {
    fixture
        .given(sealedSet(), sealedOutcome("was ill"))
        .when(
            new RecordTargetOutcomeCommand(
                "T-1", TargetTest.DUE, TargetOutcome.PARTIALLY_MET, null, "half done", "typo"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (TargetOutcomeAmendedEvent e) ->
                            PersonalData.isSealed(e.previousNote())
                                && PersonalData.isSealed(e.note())
                                && PersonalData.isSealed(e.reason())
                                && "was ill".equals(open(e.previousNote()))
                                && "half done".equals(open(e.note()))
                                && "typo".equals(open(e.reason()))),
                    Matchers.andNoMore())));
  }

  /** A target stays in the cache between commands: its state must hold nothing in the clear. */
  @Test
  void theStateHoldsTheTextSealedAsTheEventsDo() {
    TargetSetEvent set = sealedSet();
    TargetOutcomeRecordedEvent outcome = sealedOutcome("was ill");
    fixture
        .given(set, outcome)
        .when(
            new RecordTargetOutcomeCommand(
                "T-1", TargetTest.DUE, TargetOutcome.NOT_MET, null, "was ill", null))
        .expectNoEvents()
        .expectState(
            t -> {
              assertThat(t.details().description()).isEqualTo(set.description());
              assertThat(t.details().measure()).isEqualTo(set.measure());
              assertThat(t.notes()).containsExactly(outcome.note());
              assertThat(PersonalData.isSealed(t.notes().get(0))).isTrue();
            });
  }

  @Test
  void refusesANewTargetForAnErasedLearner() {
    data.shred("L-1");
    fixture
        .givenNoPriorActivity()
        .when(TargetTest.set(TargetTest.SET, TargetTest.DUE))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }

  @Test
  void refusesAnOutcomeForAnErasedLearnersTarget() {
    TargetSetEvent set = sealedSet();
    data.shred("L-1");
    fixture
        .given(set)
        .when(
            new RecordTargetOutcomeCommand(
                "T-1", TargetTest.DUE, TargetOutcome.MET, null, null, null))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
    assertThat(data.open("L-1", set.description()).erased()).isTrue();
  }
}
