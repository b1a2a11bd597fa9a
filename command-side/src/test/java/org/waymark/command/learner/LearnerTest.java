package org.waymark.command.learner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

class LearnerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

  FixtureConfiguration<Learner> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Learner.class);
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
}
