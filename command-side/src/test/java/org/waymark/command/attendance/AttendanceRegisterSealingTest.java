package org.waymark.command.attendance;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AmendAttendanceMarkCommand;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.RecordAttendanceMarksCommand;
import org.waymark.api.attendance.Session;
import org.waymark.command.erasure.TestPersonalData;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.PersonalData;

/**
 * A mark's reason is stored only sealed with the learner's key; marks without one stay as given.
 */
class AttendanceRegisterSealingTest {
  static final AttendanceMark AM_PRESENT = AttendanceRegisterTest.AM_PRESENT;
  static final AttendanceMark PM_UNKNOWN = AttendanceRegisterTest.PM_UNKNOWN;

  FixtureConfiguration<AttendanceRegister> fixture;
  PersonalData data;

  @BeforeEach
  void setUp() {
    data = TestPersonalData.sealing();
    fixture = new AggregateTestFixture<>(AttendanceRegister.class);
    fixture.registerInjectableResource(data);
  }

  @Test
  void sealsOnlyTheReasonsGiven() {
    AttendanceMark illness =
        new AttendanceMark(AttendanceRegisterTest.MON, Session.PM, "I", null, "parent phoned");
    fixture
        .givenNoPriorActivity()
        .when(new RecordAttendanceMarksCommand("L-1", List.of(AM_PRESENT, illness)))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (AttendanceMarksRecordedEvent e) ->
                            e.marks().get(0).equals(AM_PRESENT)
                                && PersonalData.isSealed(e.marks().get(1).reason())
                                && "parent phoned"
                                    .equals(data.openOrNull("L-1", e.marks().get(1).reason()))),
                    Matchers.andNoMore())));
  }

  @Test
  void sealsAnAmendmentsReason() {
    fixture
        .given(new AttendanceMarksRecordedEvent("L-1", List.of(PM_UNKNOWN)))
        .when(
            new AmendAttendanceMarkCommand(
                "L-1", AttendanceRegisterTest.MON, Session.PM, "I", "parent phoned"))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        (AttendanceMarkAmendedEvent e) ->
                            "I".equals(e.newCode())
                                && PersonalData.isSealed(e.reason())
                                && "parent phoned".equals(data.openOrNull("L-1", e.reason()))),
                    Matchers.andNoMore())));
  }

  @Test
  void refusesMarksForAnErasedLearner() {
    data.shred("L-1");
    fixture
        .givenNoPriorActivity()
        .when(new RecordAttendanceMarksCommand("L-1", List.of(AM_PRESENT)))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }

  @Test
  void refusesAnAmendmentForAnErasedLearner() {
    data.shred("L-1");
    fixture
        .given(new AttendanceMarksRecordedEvent("L-1", List.of(PM_UNKNOWN)))
        .when(
            new AmendAttendanceMarkCommand(
                "L-1", AttendanceRegisterTest.MON, Session.PM, "I", "parent phoned"))
        .expectNoEvents()
        .expectException(ErasedLearnerException.class);
  }
}
