package org.waymark.command.destination;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.destination.DestinationAmendedEvent;
import org.waymark.api.destination.DestinationRecordedEvent;
import org.waymark.api.destination.DestinationType;
import org.waymark.api.destination.MovingOnPlanRecordedEvent;
import org.waymark.api.destination.RecordDestinationCommand;
import org.waymark.api.destination.RecordMovingOnPlanCommand;
import org.waymark.command.web.InvalidInputException;

class DestinationTest {
  static final String L = "L-001";
  static final LocalDate AGREED = LocalDate.of(2027, 3, 1);
  static final LocalDate LEFT = LocalDate.of(2027, 7, 20);

  FixtureConfiguration<Destination> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Destination.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
  }

  static RecordMovingOnPlanCommand plan(LocalDate on, String detail) {
    return new RecordMovingOnPlanCommand(
        L, on, DestinationType.EDUCATION, detail, "College taster day");
  }

  static MovingOnPlanRecordedEvent planned(LocalDate on, String detail) {
    return new MovingOnPlanRecordedEvent(
        L, on, DestinationType.EDUCATION, detail, "College taster day");
  }

  @Nested
  class RecordMovingOnPlan {
    @Test
    void recordsTheIntendedDestinationAndTransitionSupport() {
      fixture
          .givenNoPriorActivity()
          .when(plan(AGREED, "Level 2 hairdressing"))
          .expectEvents(planned(AGREED, "Level 2 hairdressing"));
    }

    @Test
    void storesNothingWhenTheSamePlanArrivesAgain() {
      fixture
          .given(planned(AGREED, "Level 2 hairdressing"))
          .when(plan(AGREED, "Level 2 hairdressing"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void recordsAChangedPlanAsTheOneThatNowStands() {
      fixture
          .given(planned(AGREED, "Level 2 hairdressing"))
          .when(plan(AGREED.plusDays(7), "Level 2 barbering"))
          .expectEvents(planned(AGREED.plusDays(7), "Level 2 barbering"));
    }

    @Test
    void rejectsAPlanDatedBeforeThePlanItWouldReplace() {
      fixture
          .given(planned(AGREED, "Level 2 hairdressing"))
          .when(plan(AGREED.minusDays(1), "Level 2 barbering"))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }

  @Nested
  class RecordDestination {
    final RecordDestinationCommand education =
        new RecordDestinationCommand(L, LEFT, DestinationType.EDUCATION, "Level 2 course", null);
    final DestinationRecordedEvent recorded =
        new DestinationRecordedEvent(L, LEFT, DestinationType.EDUCATION, "Level 2 course");

    @Test
    void recordsWhereTheLearnerWentEvenWithoutAMovingOnPlan() {
      fixture.givenNoPriorActivity().when(education).expectEvents(recorded);
    }

    @Test
    void storesNothingWhenTheSameDestinationArrivesAgain() {
      fixture.given(recorded).when(education).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void recordsADifferentDestinationForTheSameDateAsAnAmendment() {
      fixture
          .given(recorded)
          .when(new RecordDestinationCommand(L, LEFT, DestinationType.NEET, null, "course dropped"))
          .expectEvents(
              new DestinationAmendedEvent(
                  L,
                  LEFT,
                  DestinationType.EDUCATION,
                  DestinationType.NEET,
                  "Level 2 course",
                  null,
                  "course dropped"));
    }

    @Test
    void recordsALaterFollowUpAsAFurtherDestination() {
      LocalDate followUp = LEFT.plusMonths(6);
      fixture
          .given(recorded)
          .when(
              new RecordDestinationCommand(
                  L, followUp, DestinationType.EMPLOYMENT, "Salon junior", null))
          .expectEvents(
              new DestinationRecordedEvent(
                  L, followUp, DestinationType.EMPLOYMENT, "Salon junior"));
    }

    @Test
    void comparesWithTheAmendedDestinationNotTheFirst() {
      fixture
          .given(
              recorded,
              new DestinationAmendedEvent(
                  L,
                  LEFT,
                  DestinationType.EDUCATION,
                  DestinationType.TRAINING,
                  "Level 2 course",
                  "Apprenticeship",
                  null))
          .when(
              new RecordDestinationCommand(
                  L, LEFT, DestinationType.TRAINING, "Apprenticeship", null))
          .expectNoEvents();
    }
  }
}
