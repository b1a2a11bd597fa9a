package org.waymark.command.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.FieldChange;
import org.waymark.api.placement.EndPlacementCommand;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementEndedEvent;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.placement.RecordPlacementCommand;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.InvalidInputException;

class PlacementTest {
  static final LocalDate START = LocalDate.of(2025, 9, 8);
  static final PlacementStartedEvent STARTED =
      new PlacementStartedEvent("PL-1", "L-1", "AP-1", START, null, new BigDecimal("12.5"), false);

  FixtureConfiguration<Placement> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Placement.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
  }

  static RecordPlacementCommand record(String hours, LocalDate endOn) {
    return new RecordPlacementCommand(
        "PL-1", "L-1", "AP-1", START, endOn, new BigDecimal(hours), false);
  }

  @Nested
  class RecordPlacement {
    @Test
    void startsANewPlacement() {
      fixture.givenNoPriorActivity().when(record("12.5", null)).expectEvents(STARTED);
    }

    @Test
    void emitsNothingForAnIdenticalRecordEvenWrittenDifferently() {
      fixture
          .given(STARTED)
          .when(record("12.50", null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsChangedHoursWithOldAndNewValues() {
      fixture
          .given(STARTED)
          .when(record("18", null))
          .expectEvents(
              new PlacementAmendedEvent(
                  "PL-1", List.of(new FieldChange("hoursPerWeek", "12.5", "18")), null));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
      fixture
          .givenNoPriorActivity()
          .when(record("10", START.minusDays(1)))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }

  @Nested
  class EndPlacement {
    @Test
    void endsAnOpenPlacement() {
      fixture
          .given(STARTED)
          .when(new EndPlacementCommand("PL-1", START.plusMonths(6)))
          .expectEvents(new PlacementEndedEvent("PL-1", "L-1", "AP-1", START.plusMonths(6)));
    }

    @Test
    void emitsNothingWhenEndedAgainOnTheSameDay() {
      fixture
          .given(STARTED, new PlacementEndedEvent("PL-1", "L-1", "AP-1", START.plusMonths(6)))
          .when(new EndPlacementCommand("PL-1", START.plusMonths(6)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesASecondDifferentEnd() {
      fixture
          .given(STARTED, new PlacementEndedEvent("PL-1", "L-1", "AP-1", START.plusMonths(6)))
          .when(new EndPlacementCommand("PL-1", START.plusMonths(7)))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
      fixture
          .given(STARTED)
          .when(new EndPlacementCommand("PL-1", START.minusDays(1)))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }
}
