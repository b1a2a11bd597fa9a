package org.waymark.query.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.query.store.EventContext;

class AttendanceMonthsTest {
  static final Instant T1 = Instant.parse("2025-10-01T08:00:00Z");
  static final Instant T2 = Instant.parse("2025-10-05T08:00:00Z");
  static final LocalDate SEP_30 = LocalDate.of(2025, 9, 30);
  static final LocalDate OCT_1 = LocalDate.of(2025, 10, 1);

  static EventContext event(long position, Instant at) {
    return new EventContext(position, at, "clerk", "api", null, "T");
  }

  static AttendanceMark mark(LocalDate date, Session s, String code) {
    return new AttendanceMark(date, s, code, null, null);
  }

  @Nested
  class Recording {
    @Test
    void splitsAnEventsMarksIntoOneDocumentPerCalendarMonth() {
      Map<String, List<AttendanceMark>> docs =
          AttendanceMonths.byDocument(
              "L-1",
              List.of(
                  mark(OCT_1, Session.AM, "/"),
                  mark(SEP_30, Session.AM, "/"),
                  mark(SEP_30, Session.PM, "N")));
      assertThat(docs.keySet()).containsExactly("L-1:2025-09", "L-1:2025-10");
      assertThat(docs.get("L-1:2025-09")).hasSize(2);
    }

    @Test
    void namesTheSameMonthsAsItsDocumentsWhateverTheMarksOrder() {
      List<AttendanceMark> marks =
          List.of(
              mark(OCT_1, Session.AM, "/"),
              mark(SEP_30, Session.AM, "/"),
              mark(LocalDate.of(2026, 10, 1), Session.AM, "/"),
              mark(SEP_30, Session.PM, "N"),
              mark(OCT_1, Session.PM, "/"));
      assertThat(AttendanceMonths.months(marks))
          .containsExactly(
              java.time.YearMonth.of(2025, 9),
              java.time.YearMonth.of(2025, 10),
              java.time.YearMonth.of(2026, 10));
      assertThat(
              AttendanceMonths.months(marks).stream()
                  .map(m -> AttendanceMonthDocument.id("L-1", m))
                  .toList())
          .containsExactlyElementsOf(AttendanceMonths.byDocument("L-1", marks).keySet());
    }

    @Test
    void keepsEachMarksCategoryLatenessAndWhoRecordedIt() {
      AttendanceMonthDocument d =
          AttendanceMonths.record(
              Optional.empty(),
              "L-1",
              List.of(
                  new AttendanceMark(OCT_1, Session.AM, "L", 12, null),
                  mark(OCT_1, Session.PM, "Y1")),
              event(7, T1));
      assertThat(d.learnerId()).isEqualTo("L-1");
      assertThat(d.month()).isEqualTo("2025-10");
      assertThat(d.position()).isEqualTo(7);
      AttendanceEntry late = d.marks().get(0);
      assertThat(late.category()).isEqualTo(AttendanceCategory.PRESENT);
      assertThat(late.late()).isTrue();
      assertThat(late.minutesLate()).isEqualTo(12);
      assertThat(late.recordedAt()).isEqualTo(T1);
      assertThat(late.recordedBy()).isEqualTo("clerk");
      assertThat(late.supersededAt()).isNull();
      assertThat(d.marks().get(1).category()).isEqualTo(AttendanceCategory.NOT_POSSIBLE);
    }

    @Test
    void writesNothingWhenEveryMarkIsAlreadyTheCurrentOne() {
      AttendanceMonthDocument d =
          AttendanceMonths.record(
              Optional.empty(), "L-1", List.of(mark(OCT_1, Session.AM, "/")), event(7, T1));
      assertThat(
              AttendanceMonths.record(
                  Optional.of(d), "L-1", List.of(mark(OCT_1, Session.AM, "/")), event(9, T2)))
          .isNull();
    }

    @Test
    void aChangedMarkSupersedesTheCurrentOneAtTheNewEventsInstant() {
      AttendanceMonthDocument d =
          AttendanceMonths.record(
              Optional.empty(), "L-1", List.of(mark(OCT_1, Session.AM, "N")), event(7, T1));
      AttendanceMonthDocument next =
          AttendanceMonths.record(
              Optional.of(d), "L-1", List.of(mark(OCT_1, Session.AM, "I")), event(9, T2));
      assertThat(next.marks()).hasSize(2);
      assertThat(next.marks().get(0).supersededAt()).isEqualTo(T2);
      assertThat(next.marks().get(1).code()).isEqualTo("I");
      assertThat(next.position()).isEqualTo(9);
    }

    @Test
    void rejectsACodeThatIsNotADfeCode() {
      assertThatThrownBy(
              () ->
                  AttendanceMonths.record(
                      Optional.empty(), "L-1", List.of(mark(OCT_1, Session.AM, "?")), event(7, T1)))
          .hasMessageContaining("'?'");
    }
  }

  @Nested
  class Amending {
    @Test
    void supersedesTheOldCodeAndCountsTheOldOneAsAtAnInstantBefore() {
      AttendanceMonthDocument d =
          AttendanceMonths.record(
              Optional.empty(), "L-1", List.of(mark(OCT_1, Session.AM, "N")), event(7, T1));
      AttendanceMonthDocument next =
          AttendanceMonths.amend(
              Optional.of(d),
              new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.AM, "N", "M", "letter"),
              event(9, T2));
      AttendanceEntry old = next.marks().get(0);
      AttendanceEntry now = next.marks().get(1);
      assertThat(old.code()).isEqualTo("N");
      assertThat(old.inForceAt(T2.minusSeconds(1))).isTrue();
      assertThat(old.inForceAt(T2)).isFalse();
      assertThat(old.inForceAt(null)).isFalse();
      assertThat(now.code()).isEqualTo("M");
      assertThat(now.category()).isEqualTo(AttendanceCategory.AUTHORISED_ABSENCE);
      assertThat(now.reason()).isEqualTo("letter");
      assertThat(now.inForceAt(T2.minusSeconds(1))).as("not yet recorded then").isFalse();
      assertThat(now.inForceAt(T2)).isTrue();
      assertThat(now.inForceAt(null)).isTrue();
    }

    @Test
    void carriesMinutesLateOnlyToAnotherLateCode() {
      AttendanceMonthDocument d =
          AttendanceMonths.record(
              Optional.empty(),
              "L-1",
              List.of(new AttendanceMark(OCT_1, Session.AM, "L", 20, null)),
              event(7, T1));
      AttendanceMonthDocument toU =
          AttendanceMonths.amend(
              Optional.of(d),
              new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.AM, "L", "U", null),
              event(9, T2));
      assertThat(toU.marks().get(1).minutesLate()).isEqualTo(20);
      AttendanceMonthDocument toPresent =
          AttendanceMonths.amend(
              Optional.of(d),
              new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.AM, "L", "/", null),
              event(9, T2));
      assertThat(toPresent.marks().get(1).minutesLate()).isNull();
      assertThat(toPresent.marks().get(1).late()).isFalse();
    }

    @Test
    void anAmendmentOfASessionWithoutAMarkRecordsOne() {
      AttendanceMonthDocument d =
          AttendanceMonths.amend(
              Optional.empty(),
              new AttendanceMarkAmendedEvent("L-1", OCT_1, Session.PM, null, "/", null),
              event(9, T2));
      assertThat(d.month()).isEqualTo("2025-10");
      assertThat(d.marks()).singleElement().extracting(AttendanceEntry::code).isEqualTo("/");
    }
  }
}
