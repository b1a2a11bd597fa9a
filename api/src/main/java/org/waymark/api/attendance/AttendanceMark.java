package org.waymark.api.attendance;

import java.time.LocalDate;

/**
 * One register mark: learner's session on a date with a DfE code. @param minutesLate null unless
 * late @param reason null when not given
 */
public record AttendanceMark(
    LocalDate date, Session session, String code, Integer minutesLate, String reason) {}
