package org.waymark.infra.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * An English school calendar, built from rules that reproduce the usual local-authority term dates:
 *
 * <ul>
 *   <li>autumn term from the first Wednesday on or after 1 September (INSET days before it) to the
 *       last Friday on or before 20 December, with half term the Monday-to-Friday week of the last
 *       Friday of October;
 *   <li>spring term from the first Monday on or after 4 January, with half term the week of the
 *       third Monday of February, to the Easter holiday: the two weeks from the Monday before Good
 *       Friday to the Friday after Easter Monday;
 *   <li>summer term after Easter to 22 July (the last weekday on or before it), with half term the
 *       week of the spring bank holiday (the last Monday of May) and the early May bank holiday
 *       off;
 *   <li>the fixed bank holidays (Christmas, Boxing Day, New Year's Day, Good Friday, Easter Monday,
 *       August) fall in holidays anyway and are excluded too.
 * </ul>
 *
 * For 2025/26 this gives 195 school days (3 September 2025 to 22 July 2026), the statutory 190
 * teaching days and five on which a school may close (INSET). The first school day of each term is
 * {@linkplain #termStarts() recorded} so that a provider may mark it as a planned closure ({@code
 * #}, an INSET day).
 */
final class SchoolCalendar {
  private final NavigableSet<LocalDate> schoolDays = new TreeSet<>();
  private final NavigableSet<LocalDate> termStarts = new TreeSet<>();

  /** A calendar covering every academic year that touches {@code from..to}, and one either side. */
  SchoolCalendar(LocalDate from, LocalDate to) {
    for (int y = academicYear(from) - 1; y <= academicYear(to) + 1; y++) {
      addAcademicYear(y);
    }
  }

  /** The year in which the academic year holding {@code date} began (September). */
  static int academicYear(LocalDate date) {
    return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
  }

  boolean isSchoolDay(LocalDate date) {
    return schoolDays.contains(date);
  }

  /** The school days in {@code from..to} inclusive, ascending. */
  List<LocalDate> schoolDays(LocalDate from, LocalDate to) {
    return new ArrayList<>(schoolDays.subSet(from, true, to, true));
  }

  /** The first school day on or after {@code date}, or null beyond the calendar. */
  LocalDate onOrAfter(LocalDate date) {
    return schoolDays.ceiling(date);
  }

  /** The last school day on or before {@code date}, or null before the calendar. */
  LocalDate onOrBefore(LocalDate date) {
    return schoolDays.floor(date);
  }

  /** The first school day of every term (autumn, spring, after Easter). */
  NavigableSet<LocalDate> termStarts() {
    return termStarts;
  }

  /** Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private void addAcademicYear(int y) {
    int next = y + 1;
    LocalDate autumnStart =
        LocalDate.of(y, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    LocalDate lastFridayOctober =
        LocalDate.of(y, Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    LocalDate autumnEnd =
        LocalDate.of(y, Month.DECEMBER, 20)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    LocalDate springStart =
        LocalDate.of(next, Month.JANUARY, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate februaryHalfTerm =
        LocalDate.of(next, Month.FEBRUARY, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    LocalDate easter = easterSunday(next);
    LocalDate easterHolidayStart = easter.minusDays(6); // the Monday before Good Friday
    LocalDate easterHolidayEnd = easter.plusDays(5); // the Friday after Easter Monday
    LocalDate earlyMay =
        LocalDate.of(next, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    LocalDate springBank =
        LocalDate.of(next, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    LocalDate summerEnd = weekdayOnOrBefore(LocalDate.of(next, Month.JULY, 22));

    List<LocalDate[]> holidays =
        List.of(
            week(lastFridayOctober.minusDays(4)),
            new LocalDate[] {autumnEnd.plusDays(1), springStart.minusDays(1)},
            week(februaryHalfTerm),
            new LocalDate[] {easterHolidayStart, easterHolidayEnd},
            week(springBank),
            new LocalDate[] {earlyMay, earlyMay});
    for (LocalDate d = autumnStart; !d.isAfter(summerEnd); d = d.plusDays(1)) {
      if (isWeekday(d) && !inAny(holidays, d)) {
        schoolDays.add(d);
      }
    }
    termStarts.add(autumnStart);
    termStarts.add(springStart);
    termStarts.add(schoolDays.ceiling(easterHolidayEnd.plusDays(1)));
  }

  private static boolean inAny(List<LocalDate[]> ranges, LocalDate d) {
    for (LocalDate[] r : ranges) {
      if (!d.isBefore(r[0]) && !d.isAfter(r[1])) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate[] week(LocalDate monday) {
    return new LocalDate[] {monday, monday.plusDays(4)};
  }

  private static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static LocalDate weekdayOnOrBefore(LocalDate d) {
    LocalDate x = d;
    while (!isWeekday(x)) {
      x = x.minusDays(1);
    }
    return x;
  }
}
