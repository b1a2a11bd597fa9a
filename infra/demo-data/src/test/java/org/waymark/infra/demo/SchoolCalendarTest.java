package org.waymark.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {
  private final SchoolCalendar calendar =
      new SchoolCalendar(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 22));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void theAcademicYear2025To26HasTheUsualEnglishTermsAndHolidays() {
    assertThat(calendar.isSchoolDay(d("2025-09-02"))).as("INSET before term").isFalse();
    assertThat(calendar.isSchoolDay(d("2025-09-03"))).as("first day of term").isTrue();
    assertThat(calendar.schoolDays(d("2025-10-27"), d("2025-10-31")))
        .as("autumn half term")
        .isEmpty();
    assertThat(calendar.isSchoolDay(d("2025-12-19"))).as("last day of autumn term").isTrue();
    assertThat(calendar.schoolDays(d("2025-12-20"), d("2026-01-04"))).as("Christmas").isEmpty();
    assertThat(calendar.isSchoolDay(d("2026-01-05"))).isTrue();
    assertThat(calendar.schoolDays(d("2026-02-16"), d("2026-02-20")))
        .as("February half term")
        .isEmpty();
    assertThat(SchoolCalendar.easterSunday(2026)).isEqualTo(d("2026-04-05"));
    assertThat(calendar.schoolDays(d("2026-03-30"), d("2026-04-10"))).as("Easter").isEmpty();
    assertThat(calendar.isSchoolDay(d("2026-03-27"))).isTrue();
    assertThat(calendar.isSchoolDay(d("2026-04-13"))).isTrue();
    assertThat(calendar.isSchoolDay(d("2026-05-04"))).as("early May bank holiday").isFalse();
    assertThat(calendar.schoolDays(d("2026-05-25"), d("2026-05-29"))).as("May half term").isEmpty();
    assertThat(calendar.isSchoolDay(d("2026-07-22"))).as("last day of the year").isTrue();
    assertThat(calendar.isSchoolDay(d("2026-07-23"))).isFalse();
    assertThat(calendar.isSchoolDay(d("2025-09-06"))).as("Saturday").isFalse();
    assertThat(calendar.termStarts()).contains(d("2025-09-03"), d("2026-01-05"), d("2026-04-13"));
  }

  @Test
  void theYearHas195SchoolDaysAndTheAutumnTerm73() {
    assertThat(calendar.schoolDays(d("2025-09-01"), d("2026-07-22"))).hasSize(195);
    assertThat(calendar.schoolDays(d("2025-09-01"), d("2025-12-19"))).hasSize(73);
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(SchoolCalendar.easterSunday(2024)).isEqualTo(d("2024-03-31"));
    assertThat(SchoolCalendar.easterSunday(2025)).isEqualTo(d("2025-04-20"));
    assertThat(SchoolCalendar.easterSunday(2027)).isEqualTo(d("2027-03-28"));
  }
}
