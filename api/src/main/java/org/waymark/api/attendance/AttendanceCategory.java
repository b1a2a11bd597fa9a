package org.waymark.api.attendance;

/**
 * How a DfE attendance code counts (DfE "Working together to improve school attendance", codes in
 * force from August 2024; CONTRACT.md "Definitions").
 */
public enum AttendanceCategory {
  /** Present: {@code / \ L}. */
  PRESENT,
  /** Attending an approved educational activity (counts as attending): {@code K V P W B}. */
  APPROVED_ACTIVITY,
  /** Authorised absence: {@code C C1 C2 E I J1 M R S T}. */
  AUTHORISED_ABSENCE,
  /** Unauthorised absence: {@code G N O U}. */
  UNAUTHORISED_ABSENCE,
  /** Not a possible session: {@code D Q X Y1..Y7 Z #}. */
  NOT_POSSIBLE;

  /** Whether a session with a code of this category is a possible session. */
  public boolean isPossible() {
    return this != NOT_POSSIBLE;
  }

  /** Whether a session with a code of this category is an absence (authorised or not). */
  public boolean isAbsence() {
    return this == AUTHORISED_ABSENCE || this == UNAUTHORISED_ABSENCE;
  }
}
