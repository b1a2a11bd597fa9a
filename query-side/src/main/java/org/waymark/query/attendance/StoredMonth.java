package org.waymark.query.attendance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.Session;

/**
 * How an {@link AttendanceMonthDocument} is written to Elasticsearch (read model version 4): what
 * every mark of a month shares is written once. The events that recorded the month's marks are
 * {@code recordings} (position, instant, who), and each mark names its recording and, once
 * replaced, the recording that superseded it, by index; the date is the day of the month; the
 * category and late flag are not written, as they follow from the code. A month of 44 marks from
 * one import is about 2 KB instead of 7.
 *
 * <p>{@code layers} is written for Elasticsearch to index (the nested entries the aggregations
 * count) but not kept in the source (mapping {@code _source.excludes}): it is derived from the
 * marks again whenever the document is read.
 *
 * @param learnerId the learner
 * @param month {@code yyyy-MM}
 * @param position the global index of the last event applied
 * @param recordings the events of the marks' versions and supersessions, oldest first
 * @param marks every version of every mark, oldest first
 * @param layers the marks counted by interval ({@link AttendanceLayer#of}), written, never read
 *     back
 */
@JsonIgnoreProperties(value = "layers", allowGetters = true)
record StoredMonth(
    String learnerId,
    String month,
    long position,
    List<Recording> recordings,
    List<StoredMark> marks,
    List<AttendanceLayer> layers) {

  /**
   * An event that recorded marks of the month, or (position and who absent) only an instant at
   * which marks were superseded; marks refer to it by its index in {@code recordings}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Recording(Long position, Instant recordedAt, String recordedBy) {}

  /**
   * One version of one session's mark.
   *
   * @param day the day of the month
   * @param session AM or PM
   * @param code the DfE code as written
   * @param recorded the index of the recording that made this version
   * @param superseded the index of the recording that replaced it, or null while it is current
   * @param minutesLate minutes late as recorded, or null
   * @param reason the reason given, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StoredMark(
      int day,
      Session session,
      String code,
      int recorded,
      Integer superseded,
      Integer minutesLate,
      String reason) {}

  private record Key(long position, Instant recordedAt, String recordedBy) {}

  /** The stored form of {@code d}. */
  static StoredMonth of(AttendanceMonthDocument d) {
    YearMonth month = YearMonth.parse(d.month());
    Map<Key, Integer> byEvent = new LinkedHashMap<>();
    Map<Instant, Integer> byInstant = new HashMap<>();
    List<Recording> recordings = new ArrayList<>();
    for (AttendanceEntry e : d.marks()) {
      Key key = new Key(e.position(), e.recordedAt(), e.recordedBy());
      if (!byEvent.containsKey(key)) {
        byEvent.put(key, recordings.size());
        byInstant.putIfAbsent(e.recordedAt(), recordings.size());
        recordings.add(new Recording(e.position(), e.recordedAt(), e.recordedBy()));
      }
    }
    List<StoredMark> marks = new ArrayList<>(d.marks().size());
    for (AttendanceEntry e : d.marks()) {
      if (!YearMonth.from(e.date()).equals(month)) {
        throw new IllegalStateException(
            "a mark of " + e.date() + " in the document of " + d.month());
      }
      Integer superseded = null;
      if (e.supersededAt() != null) {
        superseded = byInstant.get(e.supersededAt());
        if (superseded == null) {
          superseded = recordings.size();
          byInstant.put(e.supersededAt(), superseded);
          recordings.add(new Recording(null, e.supersededAt(), null));
        }
      }
      marks.add(
          new StoredMark(
              e.date().getDayOfMonth(),
              e.session(),
              e.code(),
              byEvent.get(new Key(e.position(), e.recordedAt(), e.recordedBy())),
              superseded,
              e.minutesLate(),
              e.reason()));
    }
    return new StoredMonth(d.learnerId(), d.month(), d.position(), recordings, marks, d.layers());
  }

  /** The document this stored form holds. */
  AttendanceMonthDocument document() {
    YearMonth ym = YearMonth.parse(month);
    List<AttendanceEntry> entries = new ArrayList<>(marks == null ? 0 : marks.size());
    if (marks != null) {
      for (StoredMark m : marks) {
        Recording r = recordings.get(m.recorded());
        AttendanceCode code = AttendanceCode.fromCode(m.code());
        LocalDate date = ym.atDay(m.day());
        entries.add(
            new AttendanceEntry(
                date,
                m.session(),
                m.code(),
                code.category(),
                code.isLate(),
                m.minutesLate(),
                r.recordedAt(),
                m.superseded() == null ? null : recordings.get(m.superseded()).recordedAt(),
                r.position(),
                r.recordedBy(),
                m.reason()));
      }
    }
    return new AttendanceMonthDocument(learnerId, month, position, entries);
  }
}
