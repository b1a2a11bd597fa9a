package org.waymark.command.behaviour;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.IncidentRole;
import org.waymark.api.behaviour.IncidentSeverity;
import org.waymark.api.behaviour.RecordBehaviourIncidentCommand;
import org.waymark.api.behaviour.RecordIncidentFollowUpCommand;
import org.waymark.command.web.NotFoundException;

class BehaviourIncidentTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate ON = LocalDate.of(2026, 11, 3);

  FixtureConfiguration<BehaviourIncident> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(BehaviourIncident.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
    fixture.registerInjectableResource(CLOCK);
  }

  static RecordBehaviourIncidentCommand log(LocalDate on, IncidentSeverity severity) {
    return new RecordBehaviourIncidentCommand(
        "I-1",
        "L-1",
        on,
        IncidentCategory.BULLYING,
        IncidentRole.TARGET,
        severity,
        "J. Smith",
        "Name-calling at break",
        null);
  }

  static final BehaviourIncidentRecordedEvent LOGGED =
      new BehaviourIncidentRecordedEvent(
          "I-1",
          "L-1",
          ON,
          IncidentCategory.BULLYING,
          IncidentRole.TARGET,
          IncidentSeverity.MEDIUM,
          "J. Smith",
          "Name-calling at break",
          null);

  static RecordIncidentFollowUpCommand followUp(LocalDate on) {
    return new RecordIncidentFollowUpCommand(
        "I-1", on, "J. Smith", true, false, "Restorative talk");
  }

  @Nested
  class RecordBehaviourIncident {
    @Test
    void logsABullyingIncident() {
      fixture.givenNoPriorActivity().when(log(ON, IncidentSeverity.MEDIUM)).expectEvents(LOGGED);
    }

    @Test
    void recordsNothingWhenTheSameIncidentIsLoggedAgain() {
      fixture
          .given(LOGGED)
          .when(log(ON, IncidentSeverity.MEDIUM))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsOtherDetailsUnderAnIdAlreadyLogged() {
      fixture
          .given(LOGGED)
          .when(log(ON, IncidentSeverity.HIGH))
          .expectNoEvents()
          .expectException(BehaviourConflictException.class);
    }

    @Test
    void rejectsAnIncidentDatedInTheFuture() {
      fixture
          .givenNoPriorActivity()
          .when(log(LocalDate.of(2026, 11, 24), IncidentSeverity.LOW))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
    }
  }

  @Nested
  class RecordIncidentFollowUp {
    @Test
    void recordsAFollowUpSharedWithTheHomeSchool() {
      fixture
          .given(LOGGED)
          .when(followUp(ON.plusDays(1)))
          .expectEvents(
              new BehaviourIncidentFollowedUpEvent(
                  "I-1", "L-1", ON.plusDays(1), "J. Smith", true, false, "Restorative talk"));
    }

    @Test
    void recordsNothingWhenTheSameFollowUpIsSentAgain() {
      fixture
          .given(
              LOGGED,
              new BehaviourIncidentFollowedUpEvent(
                  "I-1", "L-1", ON, "J. Smith", true, false, "Restorative talk"))
          .when(followUp(ON))
          .expectNoEvents();
    }

    @Test
    void rejectsAFollowUpOfAnIncidentNeverLogged() {
      fixture
          .givenNoPriorActivity()
          .when(followUp(ON))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }

    @Test
    void rejectsAFollowUpBeforeTheIncident() {
      fixture
          .given(LOGGED)
          .when(followUp(ON.minusDays(1)))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
    }

    @Test
    void rejectsAFollowUpDatedInTheFuture() {
      fixture
          .given(LOGGED)
          .when(followUp(LocalDate.of(2026, 11, 24)))
          .expectNoEvents()
          .expectException(BehaviourRejectedException.class);
    }
  }
}
