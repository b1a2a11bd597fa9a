package org.waymark.command.learner;

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
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.ChangeLearnerCharacteristicCommand;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.api.learner.RecordLearnerCommand;
import org.waymark.api.learner.RecordLearnerLeftCommand;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.learner.TransferLearnerCommand;
import org.waymark.api.query.Characteristic;

class LearnerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

  FixtureConfiguration<Learner> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Learner.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static RegisterLearnerCommand register(LocalDate dateOfBirth, LocalDate enrolledOn) {
    return new RegisterLearnerCommand(
        "L-001",
        "P-01",
        "Ada",
        "Lovelace",
        dateOfBirth,
        Sex.F,
        Ethnicity.WBRI,
        SendStatus.K,
        true,
        false,
        true,
        "10",
        enrolledOn);
  }

  static LearnerRegisteredEvent registered(RegisterLearnerCommand c) {
    return new LearnerRegisteredEvent(
        c.learnerId(),
        c.providerId(),
        c.givenName(),
        c.familyName(),
        c.dateOfBirth(),
        c.sex(),
        c.ethnicity(),
        c.send(),
        c.disadvantaged(),
        c.lookedAfter(),
        c.eal(),
        c.yearGroup(),
        c.enrolledOn());
  }

  @Nested
  class RegisterLearner {
    final RegisterLearnerCommand valid =
        register(LocalDate.of(2011, 3, 14), LocalDate.of(2026, 9, 1));

    @Test
    void registersANewLearnerWithEveryCharacteristic() {
      fixture
          .givenNoPriorActivity()
          .when(valid)
          .expectSuccessfulHandlerExecution()
          .expectEvents(registered(valid));
    }

    @Test
    void rejectsASecondRegistrationOfTheSameLearnerId() {
      fixture
          .given(registered(valid))
          .when(valid)
          .expectNoEvents()
          .expectException(LearnerAlreadyRegisteredException.class);
    }

    @Test
    void rejectsAnEnrolmentBeforeTheLearnerWasBorn() {
      fixture
          .givenNoPriorActivity()
          .when(register(LocalDate.of(2011, 3, 14), LocalDate.of(2011, 3, 13)))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }

    @Test
    void rejectsADateOfBirthInTheFuture() {
      fixture
          .givenNoPriorActivity()
          .when(register(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 3)))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }
  }

  static final LocalDate BORN = LocalDate.of(2011, 3, 14);
  static final LocalDate ENROLLED = LocalDate.of(2026, 9, 1);

  LearnerRegisteredEvent registeredLearner() {
    return registered(register(BORN, ENROLLED));
  }

  static RecordLearnerCommand recordOf(RegisterLearnerCommand c, String yearGroup) {
    return new RecordLearnerCommand(
        c.learnerId(),
        c.providerId(),
        c.givenName(),
        c.familyName(),
        c.dateOfBirth(),
        c.sex(),
        c.ethnicity(),
        c.send(),
        c.disadvantaged(),
        c.lookedAfter(),
        c.eal(),
        yearGroup,
        c.enrolledOn());
  }

  @Nested
  class RecordLearner {
    @Test
    void registersALearnerNotYetRecorded() {
      fixture
          .givenNoPriorActivity()
          .when(recordOf(register(BORN, ENROLLED), "10"))
          .expectEvents(registeredLearner());
    }

    @Test
    void emitsNothingForAnIdenticalRecord() {
      fixture
          .given(registeredLearner())
          .when(recordOf(register(BORN, ENROLLED), "10"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsAChangedValueWithOldAndNew() {
      fixture
          .given(registeredLearner())
          .when(recordOf(register(BORN, ENROLLED), "11"))
          .expectEvents(
              new LearnerRecordAmendedEvent(
                  "L-001", List.of(new FieldChange("yearGroup", "10", "11")), null));
    }

    @Test
    void rejectsACorrectionThatPutsEnrolmentBeforeBirth() {
      fixture
          .given(registeredLearner())
          .when(recordOf(register(BORN, BORN.minusDays(1)), "10"))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }
  }

  @Nested
  class ChangeLearnerCharacteristic {
    @Test
    void recordsADatedChangeWithTheOldValue() {
      LocalDate from = LocalDate.of(2027, 1, 15);
      fixture
          .given(registeredLearner())
          .when(
              new ChangeLearnerCharacteristicCommand(
                  "L-001", Characteristic.LOOKED_AFTER, "Y", from))
          .expectEvents(
              new LearnerCharacteristicChangedEvent(
                  "L-001", Characteristic.LOOKED_AFTER, "N", "Y", from));
    }

    @Test
    void emitsNothingWhenTheValueIsAlreadyInEffect() {
      fixture
          .given(registeredLearner())
          .when(new ChangeLearnerCharacteristicCommand("L-001", Characteristic.SEND, "K", ENROLLED))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsAProviderChangeWhichIsATransfer() {
      fixture
          .given(registeredLearner())
          .when(
              new ChangeLearnerCharacteristicCommand(
                  "L-001", Characteristic.PROVIDER, "P-02", ENROLLED))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }

    @Test
    void rejectsAChangeEffectiveBeforeEnrolment() {
      fixture
          .given(registeredLearner())
          .when(
              new ChangeLearnerCharacteristicCommand(
                  "L-001", Characteristic.EAL, "N", ENROLLED.minusDays(1)))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }

    @Test
    void rejectsALearnerNeverRegistered() {
      fixture
          .givenNoPriorActivity()
          .when(new ChangeLearnerCharacteristicCommand("L-001", Characteristic.EAL, "N", ENROLLED))
          .expectNoEvents()
          .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }
  }

  @Nested
  class RecordLearnerLeft {
    final LocalDate leftOn = LocalDate.of(2027, 7, 22);

    @Test
    void recordsTheLeavingWithTheProviderLeft() {
      fixture
          .given(registeredLearner())
          .when(new RecordLearnerLeftCommand("L-001", leftOn, "moved away"))
          .expectEvents(new LearnerLeftEvent("L-001", "P-01", leftOn, "moved away"));
    }

    @Test
    void emitsNothingWhenTheSameLeavingIsRecordedAgain() {
      fixture
          .given(registeredLearner(), new LearnerLeftEvent("L-001", "P-01", leftOn, null))
          .when(new RecordLearnerLeftCommand("L-001", leftOn, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesASecondDifferentLeavingDate() {
      fixture
          .given(registeredLearner(), new LearnerLeftEvent("L-001", "P-01", leftOn, null))
          .when(new RecordLearnerLeftCommand("L-001", leftOn.plusDays(1), null))
          .expectNoEvents()
          .expectException(org.waymark.command.web.ConflictException.class);
    }

    @Test
    void rejectsLeavingBeforeEnrolment() {
      fixture
          .given(registeredLearner())
          .when(new RecordLearnerLeftCommand("L-001", ENROLLED.minusDays(1), null))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }
  }

  @Nested
  class TransferLearner {
    final LocalDate from = LocalDate.of(2027, 2, 23);

    @Test
    void movesTheLearnerToAnotherProvider() {
      fixture
          .given(registeredLearner())
          .when(new TransferLearnerCommand("L-001", "P-02", from))
          .expectEvents(new LearnerTransferredEvent("L-001", "P-01", "P-02", from));
    }

    @Test
    void emitsNothingForATransferToTheCurrentProvider() {
      fixture
          .given(registeredLearner())
          .when(new TransferLearnerCommand("L-001", "P-01", from))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesATransferAfterTheLearnerLeft() {
      fixture
          .given(
              registeredLearner(), new LearnerLeftEvent("L-001", "P-01", from.minusDays(1), null))
          .when(new TransferLearnerCommand("L-001", "P-02", from))
          .expectNoEvents()
          .expectException(org.waymark.command.web.ConflictException.class);
    }

    @Test
    void rejectsATransferBeforeEnrolment() {
      fixture
          .given(registeredLearner())
          .when(new TransferLearnerCommand("L-001", "P-02", ENROLLED.minusDays(1)))
          .expectNoEvents()
          .expectException(LearnerRejectedException.class);
    }
  }
}
