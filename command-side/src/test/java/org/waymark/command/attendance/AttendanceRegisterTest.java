package org.waymark.command.attendance;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AmendAttendanceMarkCommand;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.RecordAttendanceMarksCommand;
import org.waymark.api.attendance.Session;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;

class AttendanceRegisterTest {
  static final LocalDate MON = LocalDate.of(2026, 9, 7);
  static final AttendanceMark AM_PRESENT = new AttendanceMark(MON, Session.AM, "/", null, null);
  static final AttendanceMark PM_UNKNOWN = new AttendanceMark(MON, Session.PM, "N", null, null);

  FixtureConfiguration<AttendanceRegister> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(AttendanceRegister.class);
    fixture.registerInjectableResource(org.waymark.command.erasure.TestPersonalData.plain());
  }

  @Nested
  class RecordAttendanceMarks {
    @Test
    void recordsABatchOfMarksAsOneEvent() {
      fixture
          .givenNoPriorActivity()
          .when(new RecordAttendanceMarksCommand("L-1", List.of(AM_PRESENT, PM_UNKNOWN)))
          .expectEvents(new AttendanceMarksRecordedEvent("L-1", List.of(AM_PRESENT, PM_UNKNOWN)));
    }

    @Test
    void ignoresMarksAlreadyRecordedWithTheSameCode() {
      fixture
          .given(new AttendanceMarksRecordedEvent("L-1", List.of(AM_PRESENT, PM_UNKNOWN)))
          .when(new RecordAttendanceMarksCommand("L-1", List.of(AM_PRESENT, PM_UNKNOWN)))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void amendsAMarkReRecordedWithAnotherCodeKeepingOldNewAndReason() {
      AttendanceMark illness = new AttendanceMark(MON, Session.PM, "I", null, "parent phoned");
      AttendanceMark tuesday = new AttendanceMark(MON.plusDays(1), Session.AM, "L", 10, null);
      fixture
          .given(new AttendanceMarksRecordedEvent("L-1", List.of(AM_PRESENT, PM_UNKNOWN)))
          .when(new RecordAttendanceMarksCommand("L-1", List.of(AM_PRESENT, illness, tuesday)))
          .expectEvents(
              new AttendanceMarksRecordedEvent("L-1", List.of(tuesday)),
              new AttendanceMarkAmendedEvent("L-1", MON, Session.PM, "N", "I", "parent phoned"));
    }

    @Test
    void rejectsTheSameSessionTwiceInOneBatch() {
      fixture
          .givenNoPriorActivity()
          .when(
              new RecordAttendanceMarksCommand(
                  "L-1", List.of(AM_PRESENT, new AttendanceMark(MON, Session.AM, "I", null, null))))
          .expectNoEvents()
          .expectException(InvalidInputException.class);
    }
  }

  @Nested
  class AmendAttendanceMark {
    @Test
    void amendsARecordedMarkWithItsReason() {
      fixture
          .given(new AttendanceMarksRecordedEvent("L-1", List.of(PM_UNKNOWN)))
          .when(new AmendAttendanceMarkCommand("L-1", MON, Session.PM, "M", "dentist letter"))
          .expectEvents(
              new AttendanceMarkAmendedEvent("L-1", MON, Session.PM, "N", "M", "dentist letter"));
    }

    @Test
    void emitsNothingWhenTheCodeIsUnchanged() {
      fixture
          .given(new AttendanceMarksRecordedEvent("L-1", List.of(PM_UNKNOWN)))
          .when(new AmendAttendanceMarkCommand("L-1", MON, Session.PM, "N", "checked"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void rejectsAnAmendmentOfASessionNeverMarked() {
      fixture
          .given(new AttendanceMarksRecordedEvent("L-1", List.of(PM_UNKNOWN)))
          .when(new AmendAttendanceMarkCommand("L-1", MON, Session.AM, "I", "ill"))
          .expectNoEvents()
          .expectException(NotFoundException.class);
    }
  }
}
