package org.waymark.command.progress;

import java.math.BigDecimal;
import org.waymark.command.web.FieldReader;

/**
 * Numeric fields read through a {@link FieldReader}, so that a bad number is reported by field name
 * and value alongside every other problem of the record. Shared by the progress-record inputs
 * (scores, ratings, attendance summaries, points).
 */
public final class NumberFields {
  private static final int MAX_LENGTH = 32;

  private NumberFields() {}

  /** A required finite decimal, e.g. a score; null (problem recorded) when missing or bad. */
  public static Double decimal(FieldReader r, String field) {
    String v = r.text(field, MAX_LENGTH);
    if (v == null) {
      return null;
    }
    try {
      double d = new BigDecimal(v).doubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    r.reject(field, "must be a finite number");
    return null;
  }

  /** A required whole number in {@code [min, max]}; null (problem recorded) when missing or bad. */
  public static Integer integer(FieldReader r, String field, int min, int max) {
    String v = r.text(field, MAX_LENGTH);
    return v == null ? null : parse(r, field, v, min, max);
  }

  /** An optional whole number in {@code [min, max]}; null when absent or bad (problem recorded). */
  public static Integer optionalInteger(FieldReader r, String field, int min, int max) {
    String v = r.optionalText(field, MAX_LENGTH);
    return v == null ? null : parse(r, field, v, min, max);
  }

  private static Integer parse(FieldReader r, String field, String v, int min, int max) {
    try {
      int i = Integer.parseInt(v);
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    r.reject(field, "must be a whole number from " + min + " to " + max);
    return null;
  }
}
