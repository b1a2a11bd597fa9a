package org.waymark.query.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of a trend series, both days inclusive.
 *
 * @param start first day (the range's start for the first period)
 * @param end last day (the range's end for the last period)
 */
public record Period(LocalDate start, LocalDate end) {

  /** The series' interval: ISO weeks (Monday to Sunday) or calendar months. */
  public enum Interval {
    WEEK("week"),
    MONTH("month");

    private final String parameter;

    Interval(String parameter) {
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }

  /** The periods covering {@code from..to}, each clipped to that range. */
  public static List<Period> split(LocalDate from, LocalDate to, Interval interval) {
    List<Period> out = new ArrayList<>();
    LocalDate start = from;
    while (!start.isAfter(to)) {
      LocalDate end =
          switch (interval) {
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
          };
      if (end.isAfter(to)) {
        end = to;
      }
      out.add(new Period(start, end));
      start = end.plusDays(1);
    }
    return out;
  }
}
