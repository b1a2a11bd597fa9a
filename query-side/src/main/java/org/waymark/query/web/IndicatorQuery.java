package org.waymark.query.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.waymark.api.query.Characteristic;

/**
 * The common parameters of every indicator (CONTRACT.md "Queries"): {@code from}, {@code to},
 * {@code provider} (repeatable), {@code by}, {@code suppress} and {@code asAt}.
 *
 * @param from first day of the period (default: 1 September of the academic year of {@code to})
 * @param to last day of the period (default: today); for point-in-time indicators the date {@code
 *     at}
 * @param providers the providers asked for; empty means all the caller may see
 * @param by the characteristic to break down by, or {@code null} for the total only
 * @param suppress whether small groups are suppressed (default true)
 * @param asAt the instant the event history is taken as it stood ({@code null}: now)
 */
public record IndicatorQuery(
    LocalDate from,
    LocalDate to,
    List<String> providers,
    Characteristic by,
    boolean suppress,
    Instant asAt) {

  public IndicatorQuery {
    providers = List.copyOf(providers);
  }

  /** The first day of the academic year (1 September) that {@code date} falls in. */
  public static LocalDate academicYearStart(LocalDate date) {
    int year =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  /**
   * Reads a period indicator's parameters ({@code from}, {@code to}) and the common ones. The
   * endpoint reads its own extra parameters from {@code p} and then calls {@link
   * Parameters#validate()}.
   */
  public static IndicatorQuery period(Parameters p, Clock clock) {
    LocalDate to = p.date("to", LocalDate.now(clock));
    LocalDate from = p.date("from", to == null ? null : academicYearStart(to));
    if (from != null && to != null && from.isAfter(to)) {
      p.problem("from", from.toString(), "must not be after to (" + to + ")");
    }
    return common(p, from, to);
  }

  /**
   * Reads a point-in-time indicator's parameters ({@code at}, default today) and the common ones.
   */
  public static IndicatorQuery at(Parameters p, Clock clock) {
    LocalDate at = p.date("at", LocalDate.now(clock));
    return common(p, at, at);
  }

  private static IndicatorQuery common(Parameters p, LocalDate from, LocalDate to) {
    List<String> providers = p.ids("provider");
    Characteristic by = p.by();
    boolean suppress = p.bool("suppress", true);
    Instant asAt = p.instant("asAt");
    return new IndicatorQuery(from, to, providers, by, suppress, asAt);
  }
}
