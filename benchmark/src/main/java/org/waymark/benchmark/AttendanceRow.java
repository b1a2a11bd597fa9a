package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One group of an attendance breakdown with the figures both peers compute (CONTRACT.md
 * "Definitions": sums over the group's learners; learners are those with possible &gt; 0; rates in
 * percent, null when the denominator is 0).
 */
public record AttendanceRow(
    String group,
    long learners,
    long possible,
    long present,
    long approved,
    long authorised,
    long unauthorised,
    long persistentAbsentees,
    long severeAbsentees,
    long late,
    Double absenceRate,
    Double persistentAbsenceRate) {

  /** A group of the API's answer ({@code total} or an element of {@code groups}). */
  public static AttendanceRow fromApi(JsonNode g) {
    return new AttendanceRow(
        g.path("group").asText(),
        g.path("learners").asLong(),
        g.path("possible").asLong(),
        g.path("present").asLong(),
        g.path("approved").asLong(),
        g.path("authorised").asLong(),
        g.path("unauthorised").asLong(),
        g.path("persistentAbsentees").asLong(),
        g.path("severeAbsentees").asLong(),
        g.path("late").asLong(),
        g.path("absenceRate").isNumber() ? g.path("absenceRate").asDouble() : null,
        g.path("persistentAbsenceRate").isNumber()
            ? g.path("persistentAbsenceRate").asDouble()
            : null);
  }

  /**
   * Why this row and {@code other} differ, or null when every count is equal and the rates agree to
   * 1e-9 percentage points (the two peers sum in different orders).
   */
  public String differenceFrom(AttendanceRow other) {
    if (!group.equals(other.group)) {
      return "group " + group + " vs " + other.group;
    }
    StringBuilder b = new StringBuilder();
    count(b, "learners", learners, other.learners);
    count(b, "possible", possible, other.possible);
    count(b, "present", present, other.present);
    count(b, "approved", approved, other.approved);
    count(b, "authorised", authorised, other.authorised);
    count(b, "unauthorised", unauthorised, other.unauthorised);
    count(b, "persistentAbsentees", persistentAbsentees, other.persistentAbsentees);
    count(b, "severeAbsentees", severeAbsentees, other.severeAbsentees);
    count(b, "late", late, other.late);
    rate(b, "absenceRate", absenceRate, other.absenceRate);
    rate(b, "persistentAbsenceRate", persistentAbsenceRate, other.persistentAbsenceRate);
    return b.isEmpty() ? null : group + ":" + b;
  }

  private static void count(StringBuilder b, String name, long a, long c) {
    if (a != c) {
      b.append(' ').append(name).append(' ').append(a).append(" vs ").append(c);
    }
  }

  private static void rate(StringBuilder b, String name, Double a, Double c) {
    boolean same = a == null ? c == null : c != null && Math.abs(a - c) <= 1e-9;
    if (!same) {
      b.append(' ').append(name).append(' ').append(a).append(" vs ").append(c);
    }
  }
}
