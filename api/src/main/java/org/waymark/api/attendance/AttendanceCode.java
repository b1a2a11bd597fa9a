package org.waymark.api.attendance;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The DfE attendance and absence codes in force from August 2024, each with the category it counts
 * under (CONTRACT.md "Definitions"). Any other code is invalid input.
 */
public enum AttendanceCode {
  PRESENT_AM("/", "Present (AM)", AttendanceCategory.PRESENT),
  PRESENT_PM("\\", "Present (PM)", AttendanceCategory.PRESENT),
  L("L", "Late arrival before the register closed", AttendanceCategory.PRESENT),

  K(
      "K",
      "Attending education provision arranged by the local authority",
      AttendanceCategory.APPROVED_ACTIVITY),
  V("V", "Attending an educational visit or trip", AttendanceCategory.APPROVED_ACTIVITY),
  P("P", "Participating in a sporting activity", AttendanceCategory.APPROVED_ACTIVITY),
  W("W", "Attending work experience", AttendanceCategory.APPROVED_ACTIVITY),
  B("B", "Attending any other approved educational activity", AttendanceCategory.APPROVED_ACTIVITY),

  C("C", "Leave of absence for exceptional circumstances", AttendanceCategory.AUTHORISED_ABSENCE),
  C1(
      "C1",
      "Leave of absence for a regulated performance or employment abroad",
      AttendanceCategory.AUTHORISED_ABSENCE),
  C2("C2", "Leave of absence for a part-time timetable", AttendanceCategory.AUTHORISED_ABSENCE),
  E(
      "E",
      "Suspended or permanently excluded, no alternative provision",
      AttendanceCategory.AUTHORISED_ABSENCE),
  I("I", "Illness (not medical or dental appointment)", AttendanceCategory.AUTHORISED_ABSENCE),
  J1("J1", "Leave of absence to attend an interview", AttendanceCategory.AUTHORISED_ABSENCE),
  M("M", "Medical or dental appointment", AttendanceCategory.AUTHORISED_ABSENCE),
  R("R", "Religious observance", AttendanceCategory.AUTHORISED_ABSENCE),
  S("S", "Study leave", AttendanceCategory.AUTHORISED_ABSENCE),
  T("T", "Parent travelling for occupational purposes", AttendanceCategory.AUTHORISED_ABSENCE),

  G("G", "Holiday not granted by the school", AttendanceCategory.UNAUTHORISED_ABSENCE),
  N("N", "Reason for absence not yet established", AttendanceCategory.UNAUTHORISED_ABSENCE),
  O("O", "Absent in other or unknown circumstances", AttendanceCategory.UNAUTHORISED_ABSENCE),
  U("U", "Arrived late after the register closed", AttendanceCategory.UNAUTHORISED_ABSENCE),

  D("D", "Dual registered, attending another school", AttendanceCategory.NOT_POSSIBLE),
  Q("Q", "Unable to attend due to lack of access arrangements", AttendanceCategory.NOT_POSSIBLE),
  X(
      "X",
      "Not required to be in school (non-compulsory school age)",
      AttendanceCategory.NOT_POSSIBLE),
  Y1("Y1", "Transport normally provided not available", AttendanceCategory.NOT_POSSIBLE),
  Y2("Y2", "Widespread disruption to travel", AttendanceCategory.NOT_POSSIBLE),
  Y3("Y3", "Part of the school premises closed", AttendanceCategory.NOT_POSSIBLE),
  Y4("Y4", "Whole school site unexpectedly closed", AttendanceCategory.NOT_POSSIBLE),
  Y5("Y5", "In criminal justice detention", AttendanceCategory.NOT_POSSIBLE),
  Y6("Y6", "Public health guidance or law", AttendanceCategory.NOT_POSSIBLE),
  Y7("Y7", "Any other unavoidable cause", AttendanceCategory.NOT_POSSIBLE),
  Z("Z", "Prospective pupil not on the admission register", AttendanceCategory.NOT_POSSIBLE),
  PLANNED_CLOSURE("#", "Planned whole-school closure", AttendanceCategory.NOT_POSSIBLE);

  private static final Map<String, AttendanceCode> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(AttendanceCode::code, Function.identity()));

  private final String code;
  private final String description;
  private final AttendanceCategory category;

  AttendanceCode(String code, String description, AttendanceCategory category) {
    this.code = code;
    this.description = description;
    this.category = category;
  }

  /** The code as written in a register ({@code /}, {@code \}, {@code Y1}, {@code #}…). */
  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public AttendanceCategory category() {
    return category;
  }

  /** Late sessions are {@code L} (present) and {@code U} (unauthorised). */
  public boolean isLate() {
    return this == L || this == U;
  }

  /**
   * @throws IllegalArgumentException naming the code when it is not a DfE 2024 code
   */
  public static AttendanceCode fromCode(String code) {
    AttendanceCode c = code == null ? null : BY_CODE.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown attendance code '" + code + "'");
    }
    return c;
  }
}
