package org.waymark.query.attendance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.api.attendance.Session;

/**
 * One version of one day's register, what the attendance aggregations count: the categories of the
 * morning and afternoon marks in force from {@code recordedAt} until {@code supersededAt} (absent
 * while current), and how many of the two are late sessions. A nested entry of an {@link
 * AttendanceMonthDocument}, derived from its marks ({@link #of}), never written on its own.
 *
 * <p>Why a day and not a mark: each nested entry is a Lucene document, and a session's mark as its
 * own entry made 10 million of them a year at 25,000 learners; a day halves that and carries only
 * what the counts filter and aggregate on. Measured on one Elasticsearch node (2 cores, 60,000
 * month documents of realistic registers): 17.5 CPU seconds to index the marks as nested entries,
 * 11.3 s with days (the marks kept in the source only).
 *
 * <p>Indexed as the day's count of sessions per category ({@link #present()} …, 0 to 2 each) and
 * {@code late}, which the aggregations add up with {@code sum}: numeric doc values, no terms
 * buckets per learner. The categories themselves are not written, nor is a count of 0 (a {@code
 * sum} adds nothing for a missing value): a day present in both sessions writes one count.
 *
 * @param date the day
 * @param am the category of the morning mark in force, null when the session has none
 * @param pm the category of the afternoon mark in force, null when the session has none
 * @param late how many of the two marks are late codes ({@code L}, {@code U}): 0, 1 or 2
 * @param recordedAt from when this version is in force
 * @param supersededAt until when (exclusive); null while it is current
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceDay(
    LocalDate date,
    @JsonIgnore AttendanceCategory am,
    @JsonIgnore AttendanceCategory pm,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) int late,
    Instant recordedAt,
    Instant supersededAt) {

  /**
   * The versions of every day of {@code marks}, by date then time. The marks of a day change at the
   * instants their versions were recorded or superseded; between two such instants the marks in
   * force are the same, so each interval in which a mark is in force is one version of the day
   * (consecutive intervals with the same categories and late count are one). At any instant {@code
   * t} exactly the day version with {@code recordedAt ≤ t < supersededAt} holds the marks in force
   * at {@code t} (AttendanceEntry#inForceAt), so counting days in force counts marks in force.
   */
  static List<AttendanceDay> of(List<AttendanceEntry> marks) {
    Map<LocalDate, List<AttendanceEntry>> byDate = new TreeMap<>();
    for (AttendanceEntry m : marks) {
      byDate.computeIfAbsent(m.date(), d -> new ArrayList<>(2)).add(m);
    }
    List<AttendanceDay> out = new ArrayList<>(byDate.size());
    byDate.forEach((date, versions) -> versions(date, versions, out));
    return out;
  }

  private static void versions(
      LocalDate date, List<AttendanceEntry> versions, List<AttendanceDay> out) {
    TreeSet<Instant> changes = new TreeSet<>();
    for (AttendanceEntry v : versions) {
      changes.add(v.recordedAt());
      if (v.supersededAt() != null) {
        changes.add(v.supersededAt());
      }
    }
    AttendanceDay open = null;
    for (Instant at : changes) {
      Instant next = changes.higher(at);
      AttendanceEntry am = latest(versions, Session.AM, at);
      AttendanceEntry pm = latest(versions, Session.PM, at);
      if (am == null && pm == null) {
        if (open != null) {
          out.add(open);
          open = null;
        }
        continue;
      }
      AttendanceDay now = day(date, am, pm, at, next);
      // An open version always ends at this instant (an interval without marks closed it).
      if (open != null && open.sameMarksAs(now)) {
        open = new AttendanceDay(date, open.am, open.pm, open.late, open.recordedAt, next);
      } else {
        if (open != null) {
          out.add(open);
        }
        open = now;
      }
    }
    if (open != null) {
      out.add(open);
    }
  }

  /**
   * The session's version in force at {@code at} (null: the current one), the latest if several.
   */
  private static AttendanceEntry latest(
      List<AttendanceEntry> versions, Session session, Instant at) {
    AttendanceEntry found = null;
    for (AttendanceEntry v : versions) {
      if (v.session() == session && v.inForceAt(at)) {
        found = v;
      }
    }
    return found;
  }

  private static AttendanceDay day(
      LocalDate date, AttendanceEntry am, AttendanceEntry pm, Instant from, Instant until) {
    int late = (am != null && am.late() ? 1 : 0) + (pm != null && pm.late() ? 1 : 0);
    return new AttendanceDay(
        date,
        am == null ? null : am.category(),
        pm == null ? null : pm.category(),
        late,
        from,
        until);
  }

  /** Sessions of the day present in this version: 0, 1 or 2. */
  @JsonProperty("present")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public int present() {
    return sessions(AttendanceCategory.PRESENT);
  }

  /** Sessions at an approved educational activity. */
  @JsonProperty("approved")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public int approved() {
    return sessions(AttendanceCategory.APPROVED_ACTIVITY);
  }

  /** Sessions of authorised absence. */
  @JsonProperty("authorised")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public int authorised() {
    return sessions(AttendanceCategory.AUTHORISED_ABSENCE);
  }

  /** Sessions of unauthorised absence. */
  @JsonProperty("unauthorised")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public int unauthorised() {
    return sessions(AttendanceCategory.UNAUTHORISED_ABSENCE);
  }

  private int sessions(AttendanceCategory category) {
    return (am == category ? 1 : 0) + (pm == category ? 1 : 0);
  }

  private boolean sameMarksAs(AttendanceDay other) {
    return am == other.am && pm == other.pm && late == other.late;
  }
}
