package org.waymark.query.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;

class PublishedFiguresTest {
  static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
  static final Slice SLICE =
      new Slice(
          "attendance",
          null,
          new Slice.Span(SEP_1, LocalDate.of(2025, 9, 30), "month", false),
          Instant.parse("2025-10-01T00:00:00Z"),
          42);

  /**
   * Eight learners: six White (WBRI) each absent 1 of 10 sessions, two Asian (APKN) absent 5 of 10.
   * Asian is under 5, and so are the five empty groups: seven hidden, no secondary suppression.
   */
  static final List<LearnerProfile> COHORT = new ArrayList<>();

  static final Map<String, AttendanceCounts> COUNTS = new HashMap<>();

  static {
    for (int i = 1; i <= 8; i++) {
      String id = "LRN-" + i;
      Ethnicity e = i <= 6 ? Ethnicity.WBRI : Ethnicity.APKN;
      COHORT.add(
          new LearnerProfile(
              id, "P-1", Sex.F, e, SendStatus.N, false, false, false, "9", SEP_1, null));
      COUNTS.put(
          id, i <= 6 ? new AttendanceCounts(9, 0, 1, 0, 0) : new AttendanceCounts(5, 0, 5, 0, 0));
    }
  }

  static PublishedAggregate find(List<PublishedAggregate> docs, String group, String figure) {
    return docs.stream()
        .filter(d -> d.group().equals(group) && d.figure().equals(figure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + group + " " + figure + " in " + docs));
  }

  @Test
  void publishesASuppressedGroupWithEveryFigureNull() {
    List<PublishedAggregate> docs =
        PublishedFigures.of(
            SLICE,
            AttendanceIndicators.breakdown(COHORT, COUNTS, Characteristic.ETHNICITY, true),
            PublishedFigures.ATTENDANCE);
    PublishedAggregate asian = find(docs, "Asian", "absenceRate");
    assertThat(asian.suppressed()).isTrue();
    assertThat(asian.value()).as("a group of two must not show its absence rate").isNull();
    assertThat(asian.learners()).as("nor how many learners it has").isNull();
    assertThat(asian.gapToRest()).isNull();
    assertThat(asian.significant()).isFalse();
  }

  @Test
  void publishesAVisibleGroupsFigureWithItsGapToTheRest() {
    List<PublishedAggregate> docs =
        PublishedFigures.of(
            SLICE,
            AttendanceIndicators.breakdown(COHORT, COUNTS, Characteristic.ETHNICITY, true),
            PublishedFigures.ATTENDANCE);
    PublishedAggregate white = find(docs, "White", "absenceRate");
    // White: 6 absences of 60 = 10%; the rest (Asian): 10 of 20 = 50%; gap -40 points.
    assertThat(white.suppressed()).isFalse();
    assertThat(white.value()).isCloseTo(10.0, within(1e-9));
    assertThat(white.learners()).isEqualTo(6);
    assertThat(white.gapToRest()).isCloseTo(-40.0, within(1e-9));
    assertThat(white.significant()).isTrue();
    assertThat(white.by()).isEqualTo("ethnicity");
    assertThat(white.position()).isEqualTo(42);
    assertThat(white.id())
        .isEqualTo("attendance|absenceRate|ethnicity|White|2025-09-01|2025-09-30|");
    assertThat(docs).extracting(PublishedAggregate::figure).contains("persistentAbsenceRate");
  }

  @Test
  void publishesTheTotalOnceUnderTotal() {
    List<PublishedAggregate> docs =
        PublishedFigures.of(
            SLICE,
            AttendanceIndicators.breakdown(COHORT, COUNTS, null, true),
            PublishedFigures.ATTENDANCE);
    assertThat(docs).hasSize(PublishedFigures.ATTENDANCE.size());
    PublishedAggregate total = find(docs, "total", "absenceRate");
    assertThat(total.by()).isEqualTo("total");
    assertThat(total.value()).isCloseTo(16 * 100.0 / 80, within(1e-9));
    assertThat(total.gapToRest()).isNull();
  }

  @Test
  void refusesToPublishAnUnsuppressedBreakdown() {
    assertThatThrownBy(
            () ->
                PublishedFigures.of(
                    SLICE,
                    AttendanceIndicators.breakdown(COHORT, COUNTS, Characteristic.SEX, false),
                    PublishedFigures.ATTENDANCE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coversThePreviousYearAndTheCurrentYearToDateMonthByMonth() {
    LocalDate today = LocalDate.of(2025, 10, 15);
    List<Slice.Span> spans =
        AggregatePublisher.spans(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), today);
    // 12 months + the year 2024/25, September and 1-15 October 2025 + the year to date.
    assertThat(spans).hasSize(16);
    assertThat(spans.get(12))
        .isEqualTo(
            new Slice.Span(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), "period", false));
    assertThat(spans.get(13))
        .isEqualTo(new Slice.Span(SEP_1, LocalDate.of(2025, 9, 30), "month", false));
    assertThat(spans.get(14))
        .as("a month still running is clipped to today and replaced tomorrow")
        .isEqualTo(new Slice.Span(LocalDate.of(2025, 10, 1), today, "month", true));
    assertThat(spans.get(15)).isEqualTo(new Slice.Span(SEP_1, today, "period", true));
  }
}
