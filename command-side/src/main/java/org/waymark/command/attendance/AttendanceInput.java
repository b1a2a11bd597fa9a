package org.waymark.command.attendance;

import java.time.LocalDate;
import java.util.Set;
import org.waymark.api.attendance.AttendanceCode;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.Session;
import org.waymark.command.web.FieldReader;

/**
 * One register mark (CONTRACT.md attendance dataset): the learner, date, session, a DfE code in
 * force from August 2024 (any other code is invalid input), minutes late and a reason.
 */
final class AttendanceInput {
  static final Set<String> FIELDS =
      Set.of("learnerId", "date", "session", "code", "minutesLate", "reason");
  static final int MAX_MINUTES_LATE = 300;

  private AttendanceInput() {}

  /** A mark with its learner. */
  record LearnerMark(String learnerId, AttendanceMark mark) {}

  static LearnerMark read(FieldReader r) {
    String learnerId = r.id("learnerId");
    LocalDate date = r.date("date");
    Session session = r.code("session", Session::valueOf, "AM, PM");
    String code =
        r.code(
            "code",
            c -> AttendanceCode.fromCode(c).code(),
            "a DfE attendance code in force from August 2024");
    Integer minutesLate = null;
    if (r.optionalText("minutesLate", 4) != null) {
      minutesLate =
          r.code(
              "minutesLate",
              v -> {
                int m = Integer.parseInt(v);
                if (m < 0 || m > MAX_MINUTES_LATE) {
                  throw new IllegalArgumentException();
                }
                return m;
              },
              "a whole number of minutes from 0 to " + MAX_MINUTES_LATE);
    }
    String reason = r.optionalText("reason", 500);
    return r.valid()
        ? new LearnerMark(learnerId, new AttendanceMark(date, session, code, minutesLate, reason))
        : null;
  }
}
