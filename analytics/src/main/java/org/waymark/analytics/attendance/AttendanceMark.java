package org.waymark.analytics.attendance;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.Session;

/**
 * One register mark (CONTRACT.md attendance dataset: learner_id, date, session, code).
 *
 * @param learnerId the learner
 * @param date the date of the session
 * @param session AM or PM
 * @param code the DfE code in force from August 2024
 */
public record AttendanceMark(
    String learnerId, LocalDate date, Session session, AttendanceCode code) {
  public AttendanceMark {
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(code, "code");
  }

  /**
   * A mark from the code as written in a register.
   *
   * @throws IllegalArgumentException naming the code when it is not a DfE 2024 code
   */
  public static AttendanceMark of(String learnerId, LocalDate date, Session session, String code) {
    return new AttendanceMark(learnerId, date, session, AttendanceCode.fromCode(code));
  }
}
