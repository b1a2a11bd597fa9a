package org.waymark.analytics.attendance;

/**
 * One learner's session counts over a period, as the attendance read model stores them (one
 * document per learner per period, not one per mark). Sessions with a code that is not a possible
 * session ({@code D Q X Y1..Y7 Z #}) are not counted at all.
 *
 * <p>CONTRACT.md "Definitions": possible = present + approved + authorised + unauthorised; absence
 * = authorised + unauthorised; late = {@code L} + {@code U}.
 *
 * @param present sessions coded {@code / \ L}
 * @param approved sessions coded {@code K V P W B} (approved educational activity, counts as
 *     attending)
 * @param authorised sessions coded {@code C C1 C2 E I J1 M R S T}
 * @param unauthorised sessions coded {@code G N O U}
 * @param late sessions coded {@code L} or {@code U}, so never more than present + unauthorised
 */
public record AttendanceCounts(
    int present, int approved, int authorised, int unauthorised, int late) {

  /** No sessions at all. */
  public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0, 0);

  public AttendanceCounts {
    if (present < 0 || approved < 0 || authorised < 0 || unauthorised < 0 || late < 0) {
      throw new IllegalArgumentException(
          "session counts must not be negative: present="
              + present
              + " approved="
              + approved
              + " authorised="
              + authorised
              + " unauthorised="
              + unauthorised
              + " late="
              + late);
    }
    if ((long) late > (long) present + unauthorised) {
      throw new IllegalArgumentException(
          "late sessions (L + U) cannot exceed present + unauthorised: late="
              + late
              + " present="
              + present
              + " unauthorised="
              + unauthorised);
    }
  }

  /** Possible sessions: present + approved + authorised + unauthorised. */
  public int possible() {
    return present + approved + authorised + unauthorised;
  }

  /** Absence sessions: authorised + unauthorised. */
  public int absence() {
    return authorised + unauthorised;
  }

  /**
   * The counts of several periods of one learner added together (e.g. the weekly documents of the
   * read model that fall between {@code from} and {@code to}); a learner's persistent absence is
   * judged on the sum, never per period.
   */
  public static AttendanceCounts sum(Iterable<AttendanceCounts> periods) {
    AttendanceCounts total = NONE;
    for (AttendanceCounts c : periods) {
      total = total.plus(c);
    }
    return total;
  }

  /** The counts of two periods (or two batches of marks) added together. */
  public AttendanceCounts plus(AttendanceCounts other) {
    return new AttendanceCounts(
        Math.addExact(present, other.present),
        Math.addExact(approved, other.approved),
        Math.addExact(authorised, other.authorised),
        Math.addExact(unauthorised, other.unauthorised),
        Math.addExact(late, other.late));
  }
}
