package org.waymark.query.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.query.store.EventContext;

/**
 * The pure rules of the attendance read model: which month documents an event touches and how it
 * changes each. A new version of a session's mark supersedes the current one at the event's {@code
 * recordedAt}; nothing is ever removed.
 */
final class AttendanceMonths {
  private AttendanceMonths() {}

  /** The event's marks by the id of the month document they belong to, in month order. */
  static Map<String, List<AttendanceMark>> byDocument(
      String learnerId, List<AttendanceMark> marks) {
    Map<YearMonth, List<AttendanceMark>> months = new TreeMap<>();
    for (AttendanceMark m : marks) {
      months.computeIfAbsent(YearMonth.from(m.date()), k -> new ArrayList<>()).add(m);
    }
    Map<String, List<AttendanceMark>> out = new java.util.LinkedHashMap<>();
    months.forEach((month, list) -> out.put(AttendanceMonthDocument.id(learnerId, month), list));
    return out;
  }

  /** The calendar months of {@code marks}, in order. */
  static SortedSet<YearMonth> months(List<AttendanceMark> marks) {
    SortedSet<YearMonth> months = new TreeSet<>();
    YearMonth last = null;
    for (AttendanceMark m : marks) {
      // Marks mostly come in date order: most are of the same month as the mark before.
      if (last == null
          || last.getYear() != m.date().getYear()
          || last.getMonthValue() != m.date().getMonthValue()) {
        last = YearMonth.from(m.date());
        months.add(last);
      }
    }
    return months;
  }

  /**
   * The month document with {@code marks} recorded: a mark for a session that has none is added; a
   * mark that differs from the session's current one supersedes it; an identical one is ignored.
   *
   * @return the next document, or {@code null} when nothing changed
   * @throws IllegalArgumentException for a code that is not a DfE 2024 code
   */
  static AttendanceMonthDocument record(
      Optional<AttendanceMonthDocument> current,
      String learnerId,
      List<AttendanceMark> marks,
      EventContext event) {
    List<AttendanceEntry> entries = new ArrayList<>(entries(current));
    boolean changed = false;
    for (AttendanceMark m : marks) {
      AttendanceCode code = AttendanceCode.fromCode(m.code());
      int at = currentIndex(entries, m.date(), m.session());
      if (at >= 0) {
        AttendanceEntry old = entries.get(at);
        if (old.code().equals(code.code())
            && Objects.equals(old.minutesLate(), m.minutesLate())
            && Objects.equals(old.reason(), m.reason())) {
          continue;
        }
        entries.set(at, old.supersededAt(event.recordedAt()));
      }
      entries.add(
          AttendanceEntry.of(
              m.date(),
              m.session(),
              code,
              m.minutesLate(),
              m.reason(),
              event.recordedAt(),
              event.position(),
              event.recordedBy()));
      changed = true;
    }
    if (!changed) {
      return null;
    }
    return new AttendanceMonthDocument(
        learnerId, month(marks.get(0).date()), event.position(), entries);
  }

  /**
   * The month document with one mark amended: the current version of the session's mark is
   * superseded by one with the new code (the minutes late carried over only when the new code is
   * itself a late code). A session without a mark gets one.
   *
   * @return the next document, or {@code null} when the session's current code already is the new
   *     code
   */
  static AttendanceMonthDocument amend(
      Optional<AttendanceMonthDocument> current, AttendanceMarkAmendedEvent e, EventContext event) {
    AttendanceCode code = AttendanceCode.fromCode(e.newCode());
    List<AttendanceEntry> entries = new ArrayList<>(entries(current));
    int at = currentIndex(entries, e.date(), e.session());
    Integer minutesLate = null;
    if (at >= 0) {
      AttendanceEntry old = entries.get(at);
      if (old.code().equals(code.code()) && Objects.equals(old.reason(), e.reason())) {
        return null;
      }
      minutesLate = code.isLate() ? old.minutesLate() : null;
      entries.set(at, old.supersededAt(event.recordedAt()));
    }
    entries.add(
        AttendanceEntry.of(
            e.date(),
            e.session(),
            code,
            minutesLate,
            e.reason(),
            event.recordedAt(),
            event.position(),
            event.recordedBy()));
    return new AttendanceMonthDocument(e.learnerId(), month(e.date()), event.position(), entries);
  }

  static String month(LocalDate date) {
    return YearMonth.from(date).toString();
  }

  private static List<AttendanceEntry> entries(Optional<AttendanceMonthDocument> current) {
    return current.map(AttendanceMonthDocument::marks).orElse(List.of());
  }

  /** The index of the current version of the session's mark, or -1. */
  private static int currentIndex(
      List<AttendanceEntry> entries, LocalDate date, org.waymark.api.attendance.Session session) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      AttendanceEntry x = entries.get(i);
      if (x.current() && x.isFor(date, session)) {
        return i;
      }
    }
    return -1;
  }
}
