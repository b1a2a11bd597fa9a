package org.waymark.command.provider;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.FieldChange;
import org.waymark.api.provider.ChangeProviderRegistrationCommand;
import org.waymark.api.provider.InspectionOutcome;
import org.waymark.api.provider.InspectionOutcomeRecordedEvent;
import org.waymark.api.provider.ProviderKind;
import org.waymark.api.provider.ProviderRecordAmendedEvent;
import org.waymark.api.provider.ProviderRegisteredEvent;
import org.waymark.api.provider.ProviderRegistrationChangedEvent;
import org.waymark.api.provider.RecordInspectionOutcomeCommand;
import org.waymark.api.provider.RecordProviderCommand;
import org.waymark.command.web.ConflictException;

class ProviderTest {
  static final ProviderRegisteredEvent REGISTERED =
      new ProviderRegisteredEvent(
          "AP-1", "Riverside", ProviderKind.ALTERNATIVE_PROVISION, false, null);

  FixtureConfiguration<Provider> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Provider.class);
  }

  @Nested
  class RecordProvider {
    @Test
    void recordsANewProvider() {
      fixture
          .givenNoPriorActivity()
          .when(
              new RecordProviderCommand(
                  "AP-1", "Riverside", ProviderKind.ALTERNATIVE_PROVISION, false, null))
          .expectEvents(REGISTERED);
    }

    @Test
    void emitsNothingForAnIdenticalRecord() {
      fixture
          .given(REGISTERED)
          .when(
              new RecordProviderCommand(
                  "AP-1", "Riverside", ProviderKind.ALTERNATIVE_PROVISION, false, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsACorrectedName() {
      fixture
          .given(REGISTERED)
          .when(
              new RecordProviderCommand(
                  "AP-1", "Riverside Centre", ProviderKind.ALTERNATIVE_PROVISION, false, null))
          .expectEvents(
              new ProviderRecordAmendedEvent(
                  "AP-1", List.of(new FieldChange("name", "Riverside", "Riverside Centre")), null));
    }
  }

  @Nested
  class ChangeProviderRegistration {
    @Test
    void registersTheProviderFromADate() {
      LocalDate from = LocalDate.of(2026, 1, 5);
      fixture
          .given(REGISTERED)
          .when(new ChangeProviderRegistrationCommand("AP-1", true, "884/6001", from))
          .expectEvents(new ProviderRegistrationChangedEvent("AP-1", true, "884/6001", from));
    }

    @Test
    void emitsNothingWhenTheStatusIsUnchanged() {
      fixture
          .given(REGISTERED)
          .when(
              new ChangeProviderRegistrationCommand("AP-1", false, null, LocalDate.of(2026, 1, 5)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesAProviderNeverRecorded() {
      fixture
          .givenNoPriorActivity()
          .when(
              new ChangeProviderRegistrationCommand(
                  "AP-9", true, "884/6001", LocalDate.of(2026, 1, 5)))
          .expectNoEvents()
          .expectException(AggregateNotFoundException.class);
    }
  }

  @Nested
  class RecordInspectionOutcome {
    static final LocalDate INSPECTED = LocalDate.of(2025, 6, 12);

    @Test
    void recordsTheOutcomeWithItsAreasForImprovement() {
      fixture
          .given(REGISTERED)
          .when(
              new RecordInspectionOutcomeCommand(
                  "AP-1", INSPECTED, InspectionOutcome.GOOD, "1. Attendance"))
          .expectEvents(
              new InspectionOutcomeRecordedEvent(
                  "AP-1", INSPECTED, InspectionOutcome.GOOD, "1. Attendance"));
    }

    @Test
    void emitsNothingWhenTheSameInspectionIsRecordedAgain() {
      fixture
          .given(
              REGISTERED,
              new InspectionOutcomeRecordedEvent("AP-1", INSPECTED, InspectionOutcome.GOOD, null))
          .when(new RecordInspectionOutcomeCommand("AP-1", INSPECTED, InspectionOutcome.GOOD, null))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesAnInspectionOlderThanTheLastRecorded() {
      fixture
          .given(
              REGISTERED,
              new InspectionOutcomeRecordedEvent("AP-1", INSPECTED, InspectionOutcome.GOOD, null))
          .when(
              new RecordInspectionOutcomeCommand(
                  "AP-1", INSPECTED.minusYears(1), InspectionOutcome.INADEQUATE, null))
          .expectNoEvents()
          .expectException(ConflictException.class);
    }

    @Test
    void refusesAProviderNeverRecorded() {
      fixture
          .givenNoPriorActivity()
          .when(new RecordInspectionOutcomeCommand("AP-9", INSPECTED, InspectionOutcome.GOOD, null))
          .expectNoEvents()
          .expectException(AggregateNotFoundException.class);
    }
  }
}
