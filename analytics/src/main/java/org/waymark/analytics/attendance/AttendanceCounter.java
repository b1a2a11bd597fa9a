package org.waymark.analytics.attendance;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.waymark.api.attendance.AttendanceCode;

/**
 * Turns register marks into {@link AttendanceCounts}, the DfE code categories of CONTRACT.md
 * "Definitions" (DfE "Working together to improve school attendance", August 2024, the attendance
 * and absence codes): present {@code / \ L}; approved educational activity {@code K V P W B};
 * authorised absence {@code C C1 C2 E I J1 M R S T}; unauthorised absence {@code G N O U}; not a
 * possible session {@code D Q X Y1..Y7 Z #}. Any other code is an error.
 */
public final class AttendanceCounter {
  private AttendanceCounter() {}

  /**
   * Counts one learner's codes as written in the register.
   *
   * @throws IllegalArgumentException naming the code when one is not a DfE 2024 code
   */
  public static AttendanceCounts countCodes(Iterable<String> codes) {
    Tally t = new Tally();
    for (String code : codes) {
      t.add(AttendanceCode.fromCode(code));
    }
    return t.counts();
  }

  /** Counts one learner's codes. */
  public static AttendanceCounts count(Iterable<AttendanceCode> codes) {
    Tally t = new Tally();
    for (AttendanceCode code : codes) {
      t.add(code);
    }
    return t.counts();
  }

  /**
   * Counts the marks dated from {@code from} to {@code to} inclusive, per learner (CONTRACT.md
   * "Scope and group membership": "marks dated from {@code from} to {@code to} inclusive").
   * Learners with no mark in the period are absent from the result.
   *
   * @throws IllegalArgumentException when two marks share a learner, date and session (the natural
   *     key of a mark: pass only the current mark of each session)
   */
  public static Map<String, AttendanceCounts> countByLearner(
      Iterable<AttendanceMark> marks, LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    long first = from.toEpochDay();
    long last = to.toEpochDay();
    Map<String, Tally> tallies = new HashMap<>();
    String lastLearner = null;
    Tally current = null;
    for (AttendanceMark m : marks) {
      long day = m.date().toEpochDay();
      if (day < first || day > last) {
        continue;
      }
      if (!m.learnerId().equals(lastLearner)) {
        lastLearner = m.learnerId();
        current = tallies.computeIfAbsent(lastLearner, k -> new Tally());
      }
      int slot = (int) ((day - first) * 2 + m.session().ordinal());
      if (current.seen.get(slot)) {
        throw new IllegalArgumentException(
            "two marks for learner "
                + m.learnerId()
                + " on "
                + m.date()
                + " "
                + m.session()
                + ": pass only the current mark of each session");
      }
      current.seen.set(slot);
      current.add(m.code());
    }
    Map<String, AttendanceCounts> out = new HashMap<>(tallies.size() * 2);
    tallies.forEach((id, t) -> out.put(id, t.counts()));
    return out;
  }

  private static final class Tally {
    final BitSet seen = new BitSet(400);
    int present;
    int approved;
    int authorised;
    int unauthorised;
    int late;

    void add(AttendanceCode code) {
      switch (code.category()) {
        case PRESENT -> present++;
        case APPROVED_ACTIVITY -> approved++;
        case AUTHORISED_ABSENCE -> authorised++;
        case UNAUTHORISED_ABSENCE -> unauthorised++;
        case NOT_POSSIBLE -> {}
      }
      if (code.isLate()) {
        late++;
      }
    }

    AttendanceCounts counts() {
      return new AttendanceCounts(present, approved, authorised, unauthorised, late);
    }
  }
}
