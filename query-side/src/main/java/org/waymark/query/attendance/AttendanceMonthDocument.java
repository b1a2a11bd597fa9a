package org.waymark.query.attendance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.Positioned;

/**
 * One learner's register for one calendar month, id {@code <learnerId>:<yyyy-MM>} (see the package
 * documentation for why a month).
 *
 * @param learnerId the learner
 * @param month the calendar month, {@code yyyy-MM}
 * @param position the global index of the last event applied (the document's external version)
 * @param marks every version of every mark of the month, oldest first (kept in the source, not
 *     indexed: what the projector reads back to apply the next event)
 *     <p>Written and read as a {@link StoredMonth}: the marks in a compact form, and the layers for
 *     Elasticsearch to index.
 */
public record AttendanceMonthDocument(
    String learnerId, String month, long position, List<AttendanceEntry> marks)
    implements Positioned {

  public AttendanceMonthDocument {
    marks = marks == null ? List.of() : List.copyOf(marks);
  }

  /** The stored form (see {@link StoredMonth}). */
  @JsonValue
  StoredMonth stored() {
    return StoredMonth.of(this);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AttendanceMonthDocument fromStored(StoredMonth stored) {
    return stored.document();
  }

  /**
   * The month's mark versions by the interval they are in force ({@link AttendanceLayer#of}): the
   * nested entries the aggregations count. Written with the document, derived from {@link #marks}
   * again when it is read, so the two never disagree.
   */
  public List<AttendanceLayer> layers() {
    return AttendanceLayer.of(marks);
  }

  /** The document id of {@code learnerId}'s month of {@code date}. */
  public static String id(String learnerId, LocalDate date) {
    return id(learnerId, YearMonth.from(date));
  }

  public static String id(String learnerId, YearMonth month) {
    return learnerId + ":" + month;
  }

  /** This month with every mark's reason removed (the learner was erased); every fact kept. */
  AttendanceMonthDocument erased(EventContext event) {
    return new AttendanceMonthDocument(
        learnerId,
        month,
        event.position(),
        marks.stream().map(AttendanceEntry::withoutReason).toList());
  }
}
