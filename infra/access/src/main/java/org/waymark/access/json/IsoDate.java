package org.waymark.access.json;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * ISO 8601 calendar dates ({@code YYYY-MM-DD}, the only date form CONTRACT.md accepts) read without
 * {@link java.time.format.DateTimeFormatter}: the formatter builds a parse context and a map of
 * fields for every date, and dates are most of what an import or an event stream reads (a year's
 * register is 9.5 million of them). Anything but ten characters of that exact shape is left to
 * {@link LocalDate#parse}, so the answers and the errors are {@link LocalDate#parse}'s own.
 */
public final class IsoDate {
  private IsoDate() {}

  /**
   * {@code text} as a date, exactly as {@link LocalDate#parse(CharSequence)} reads it.
   *
   * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse(CharSequence)}
   */
  public static LocalDate parse(CharSequence text) {
    LocalDate fast = fastOrNull(text);
    return fast != null ? fast : LocalDate.parse(text);
  }

  /**
   * The date when {@code text} is exactly {@code YYYY-MM-DD} with four digits of year and a day
   * that exists; null for anything else (which {@link LocalDate#parse} must then answer).
   */
  public static LocalDate fastOrNull(CharSequence text) {
    if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // 2025-02-30, month 13: LocalDate.parse gives the error
    }
  }

  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
