package org.waymark.query.attendance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.Session;

/**
 * One version of one session's register mark, a {@code nested} entry of an {@link
 * AttendanceMonthDocument}. A mark is in force at instant {@code t} when {@code recordedAt ≤ t <
 * supersededAt} (CONTRACT.md "Queries": {@code asAt}, "the answer as the event history stood
 * then").
 *
 * <p>Null components are left out of the stored JSON and read back as null: most marks have no
 * minutes late, reason or supersession, and a month document holds about forty of them.
 *
 * @param date the session's date
 * @param session AM or PM
 * @param code the DfE code as written ({@code /}, {@code L}, {@code Y1}, {@code #}…)
 * @param category the code's {@link AttendanceCategory} (CONTRACT.md "Definitions"), what the
 *     counts are aggregated on
 * @param late whether the code is a late session ({@code L} or {@code U})
 * @param minutesLate minutes late as recorded, or null
 * @param recordedAt when the event that made this version was stored
 * @param supersededAt when a later event replaced it; null while it is current
 * @param position the global index of the event that made this version
 * @param recordedBy who recorded it
 * @param reason the reason given, or null (free text, opened from the sealed event: stored, never
 *     indexed, never logged; removed when the learner is erased)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceEntry(
    LocalDate date,
    Session session,
    String code,
    AttendanceCategory category,
    boolean late,
    Integer minutesLate,
    Instant recordedAt,
    Instant supersededAt,
    long position,
    String recordedBy,
    String reason) {

  /** A new current version of a mark with {@code code}. */
  static AttendanceEntry of(
      LocalDate date,
      Session session,
      AttendanceCode code,
      Integer minutesLate,
      String reason,
      Instant recordedAt,
      long position,
      String recordedBy) {
    return new AttendanceEntry(
        date,
        session,
        code.code(),
        code.category(),
        code.isLate(),
        minutesLate,
        recordedAt,
        null,
        position,
        recordedBy,
        reason);
  }

  /** Whether this is the current version (not superseded). */
  public boolean current() {
    return supersededAt == null;
  }

  /** Whether this version was the one in force at {@code asAt} ({@code null}: now). */
  public boolean inForceAt(Instant asAt) {
    if (asAt == null) {
      return supersededAt == null;
    }
    return !recordedAt.isAfter(asAt) && (supersededAt == null || supersededAt.isAfter(asAt));
  }

  /** Whether this entry is a version of the mark of {@code date} and {@code session}. */
  boolean isFor(LocalDate d, Session s) {
    return date.equals(d) && session == s;
  }

  /** This version without its reason (the learner was erased). */
  AttendanceEntry withoutReason() {
    return new AttendanceEntry(
        date,
        session,
        code,
        category,
        late,
        minutesLate,
        recordedAt,
        supersededAt,
        position,
        recordedBy,
        null);
  }

  /** This version, superseded at {@code at}. */
  AttendanceEntry supersededAt(Instant at) {
    return new AttendanceEntry(
        date,
        session,
        code,
        category,
        late,
        minutesLate,
        recordedAt,
        at,
        position,
        recordedBy,
        reason);
  }
}
