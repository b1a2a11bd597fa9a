package org.waymark.analytics.watchlist;

/**
 * When a learner counts as falling behind (issue 6, "lists of learners falling behind": attendance
 * under 90%, two or more targets missed in a row, not on target at the last review, review
 * overdue).
 *
 * @param minimumAttendancePercent attendance below this is low ({@value #DEFAULT_ATTENDANCE})
 * @param targetsMissedInARow this many NOT_MET targets in a row or more ({@value
 *     #DEFAULT_MISSED_IN_A_ROW})
 */
public record FallingBehindCriteria(int minimumAttendancePercent, int targetsMissedInARow) {
  public static final int DEFAULT_ATTENDANCE = 90;
  public static final int DEFAULT_MISSED_IN_A_ROW = 2;

  /** Attendance under 90%, two targets missed in a row. */
  public static final FallingBehindCriteria DEFAULT =
      new FallingBehindCriteria(DEFAULT_ATTENDANCE, DEFAULT_MISSED_IN_A_ROW);

  public FallingBehindCriteria {
    if (minimumAttendancePercent < 0 || minimumAttendancePercent > 100) {
      throw new IllegalArgumentException(
          "minimum attendance must be 0 to 100%, was " + minimumAttendancePercent);
    }
    if (targetsMissedInARow < 1) {
      throw new IllegalArgumentException(
          "targets missed in a row must be at least 1, was " + targetsMissedInARow);
    }
  }
}
