package org.waymark.query.published;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.waymark.analytics.attendance.AttendanceFigures;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.BreakdownRow;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.equality.RateComparison;
import org.waymark.analytics.progress.ProgressFigures;
import org.waymark.analytics.review.ReviewFigures;
import org.waymark.analytics.target.TargetFigures;

/**
 * Turns a suppressed breakdown into published figures, one document per figure and row. Only the
 * rows of the breakdown are read, so nothing about a single learner can reach the index; a
 * suppressed row publishes {@code value}, {@code learners} and {@code gapToRest} as {@code null}
 * (CONTRACT.md "Small numbers": every figure null).
 */
final class PublishedFigures {
  /** Without {@code by}: the characteristic and group of the total row. */
  static final String TOTAL = GroupKeys.TOTAL;

  private PublishedFigures() {}

  /** A figure of a row: its name, how to read it, and how to read its gap to the rest. */
  record Figure<F extends GroupFigures>(
      String name, Function<F, Number> value, Function<BreakdownRow<F>, Gap> gap) {}

  /** A group's figure minus the rest of the cohort's, and whether that is significant. */
  record Gap(Double difference, boolean significant) {
    static final Gap NONE = new Gap(null, false);
  }

  static final List<Figure<AttendanceFigures>> ATTENDANCE =
      List.of(
          rate("absenceRate", AttendanceFigures::absenceRate),
          rate("persistentAbsenceRate", AttendanceFigures::persistentAbsenceRate),
          rate("severeAbsenceRate", AttendanceFigures::severeAbsenceRate),
          rate("authorisedRate", AttendanceFigures::authorisedRate),
          rate("unauthorisedRate", AttendanceFigures::unauthorisedRate));

  static final List<Figure<ProgressFigures>> PROGRESS =
      List.of(
          new Figure<>(
              "meanDistanceTravelled",
              ProgressFigures::meanDistanceTravelled,
              PublishedFigures::distanceGap),
          new Figure<>("meanValueAdded", ProgressFigures::meanValueAdded, r -> Gap.NONE),
          new Figure<>("gap", ProgressFigures::gap, PublishedFigures::distanceGap));

  static final List<Figure<TargetFigures>> TARGETS =
      List.of(
          rate("achievementRate", TargetFigures::achievementRate),
          new Figure<>("overdue", TargetFigures::overdue, r -> Gap.NONE));

  static final List<Figure<ReviewFigures>> REVIEWS =
      List.of(rate("reviewCurrency", ReviewFigures::reviewCurrency));

  private static <F extends GroupFigures> Figure<F> rate(String name, Function<F, Number> value) {
    return new Figure<>(name, value, r -> rateGap(r.comparison(name)));
  }

  /** groupRate − restRate of a rate comparison, with its two-sided test at 5%. */
  static Gap rateGap(RateComparison c) {
    if (c == null || c.groupRate() == null || c.restRate() == null) {
      return Gap.NONE;
    }
    return new Gap(c.groupRate() - c.restRate(), c.significant());
  }

  /** The progress gap (group mean distance travelled − the rest's) with Welch's t-test. */
  private static Gap distanceGap(BreakdownRow<ProgressFigures> row) {
    ProgressFigures f = row.figures();
    return new Gap(f.gap(), f.gapTest() != null && f.gapTest().significant());
  }

  /**
   * The documents of one breakdown: the total row when it has no {@code by}, otherwise every group
   * row (the total is published once, from the breakdown without {@code by}).
   */
  static <F extends GroupFigures> List<PublishedAggregate> of(
      Slice slice, Breakdown<F> breakdown, List<Figure<F>> figures) {
    if (!breakdown.suppressed()) {
      throw new IllegalArgumentException("only suppressed breakdowns are ever published");
    }
    List<PublishedAggregate> out = new ArrayList<>();
    String by = breakdown.by() == null ? TOTAL : breakdown.by().parameter();
    List<BreakdownRow<F>> rows =
        breakdown.by() == null ? List.of(breakdown.total()) : breakdown.groups();
    for (BreakdownRow<F> row : rows) {
      for (Figure<F> figure : figures) {
        out.add(document(slice, by, row, figure));
      }
    }
    return out;
  }

  private static <F extends GroupFigures> PublishedAggregate document(
      Slice slice, String by, BreakdownRow<F> row, Figure<F> figure) {
    boolean hidden = row.suppressed();
    Number value = hidden ? null : figure.value().apply(row.figures());
    Gap gap = hidden || row.group().equals(TOTAL) ? Gap.NONE : figure.gap().apply(row);
    return aggregate(
        slice,
        figure.name(),
        by,
        row.group(),
        value == null ? null : value.doubleValue(),
        hidden ? null : learners(row.figures()),
        hidden,
        gap);
  }

  /** The learners a row counts: active learners for review currency. */
  private static Integer learners(GroupFigures figures) {
    return figures instanceof ReviewFigures r ? r.active() : figures.learners();
  }

  /** A figure that is not part of a breakdown (QA, registration, improvement actions). */
  static PublishedAggregate count(
      Slice slice, String figure, String by, String group, Number value) {
    return aggregate(
        slice,
        figure,
        by,
        group,
        value == null ? null : value.doubleValue(),
        null,
        false,
        Gap.NONE);
  }

  private static PublishedAggregate aggregate(
      Slice slice,
      String figure,
      String by,
      String group,
      Double value,
      Integer learners,
      boolean suppressed,
      Gap gap) {
    Slice.Span span = slice.span();
    return new PublishedAggregate(
        slice.indicator(),
        figure,
        by,
        group,
        slice.area(),
        span.start().toString(),
        span.end().toString(),
        span.interval(),
        span.toDate(),
        value,
        learners,
        suppressed,
        gap.difference(),
        gap.significant(),
        slice.publishedAt().toString(),
        slice.position());
  }
}
