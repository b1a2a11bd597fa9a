package org.waymark.access.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Instants written as {@link DateTimeFormatter#ISO_INSTANT} writes them ({@code
 * 2025-10-06T16:00:00Z}, a fraction in groups of three digits only when there is one: {@code
 * .120Z}, {@code .123456Z}, {@code .123456789Z}), without the formatter: it builds a {@code
 * LocalDateTime} and a string builder for every instant, and every version of every read-model
 * document carries two (a month of one learner's register holds about forty). Instants before 1970
 * or after 9999 are left to the formatter.
 */
public final class IsoInstant {
  /** 0000-01-01T00:00:00Z is 1970-01-01 minus this many seconds; 10000-01-01 is its first after. */
  private static final long END = 253_402_300_800L;

  private IsoInstant() {}

  /** {@code instant} exactly as {@code DateTimeFormatter.ISO_INSTANT.format(instant)}. */
  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < 0 || seconds >= END) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    int nano = instant.getNano();
    long days = Math.floorDiv(seconds, 86_400L);
    int ofDay = (int) (seconds - days * 86_400L);
    LocalDate date = LocalDate.ofEpochDay(days);
    int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
    char[] out = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
    put(out, 0, date.getYear(), 4);
    out[4] = '-';
    put(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, ofDay / 3_600, 2);
    out[13] = ':';
    put(out, 14, ofDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, ofDay % 60, 2);
    int at = 19;
    if (fraction > 0) {
      out[at++] = '.';
      int digits = fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano;
      put(out, at, digits, fraction);
      at += fraction;
    }
    out[at] = 'Z';
    return new String(out);
  }

  /** {@code value} as exactly {@code width} decimal digits, zero-padded, at {@code from}. */
  private static void put(char[] out, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
