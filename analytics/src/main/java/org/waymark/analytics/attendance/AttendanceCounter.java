package org.waymark.analytics.attendance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.waymark.api.attendance.AttendanceCategory;
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
    LocalDate lastDate = null;
    long day = 0;
    for (AttendanceMark m : marks) {
      // Marks come learner by learner and AM/PM share a date: skip repeated work on both.
      if (m.date() != lastDate) {
        lastDate = m.date();
        day = lastDate.toEpochDay();
      }
      if (day < first || day > last) {
        continue;
      }
      if (!m.learnerId().equals(lastLearner)) {
        lastLearner = m.learnerId();
        current = tallies.computeIfAbsent(lastLearner, k -> new Tally());
      }
      int slot = (int) ((day - first) * 2 + m.session().ordinal());
      if (!current.markSeen(slot)) {
        throw new IllegalArgumentException(
            "two marks for learner "
                + m.learnerId()
                + " on "
                + m.date()
                + " "
                + m.session()
                + ": pass only the current mark of each session");
      }
      current.add(m.code());
    }
    Map<String, AttendanceCounts> out = new HashMap<>(tallies.size() * 2);
    tallies.forEach((id, t) -> out.put(id, t.counts()));
    return out;
  }

  /** Each code's category as an index into {@link Tally#sessions}, by the code's ordinal. */
  private static final int[] CATEGORY = new int[AttendanceCode.values().length];

  private static final boolean[] LATE = new boolean[AttendanceCode.values().length];

  static {
    for (AttendanceCode c : AttendanceCode.values()) {
      CATEGORY[c.ordinal()] = c.category().ordinal();
      LATE[c.ordinal()] = c.isLate();
    }
  }

  private static final class Tally {
    /** One bit per session of the period (day × 2 + AM/PM): which sessions have a mark. */
    long[] seen = new long[8];

    /** Sessions by {@link AttendanceCategory} ordinal. */
    final int[] sessions = new int[AttendanceCategory.values().length];

    int late;

    /** Marks a session as seen; false when it already was. */
    boolean markSeen(int slot) {
      int word = slot >>> 6;
      if (word >= seen.length) {
        seen = Arrays.copyOf(seen, Math.max(word + 1, seen.length * 2));
      }
      long bit = 1L << slot;
      if ((seen[word] & bit) != 0) {
        return false;
      }
      seen[word] |= bit;
      return true;
    }

    void add(AttendanceCode code) {
      int ordinal = code.ordinal();
      sessions[CATEGORY[ordinal]]++;
      if (LATE[ordinal]) {
        late++;
      }
    }

    AttendanceCounts counts() {
      return new AttendanceCounts(
          sessions[AttendanceCategory.PRESENT.ordinal()],
          sessions[AttendanceCategory.APPROVED_ACTIVITY.ordinal()],
          sessions[AttendanceCategory.AUTHORISED_ABSENCE.ordinal()],
          sessions[AttendanceCategory.UNAUTHORISED_ABSENCE.ordinal()],
          late);
    }
  }
}
