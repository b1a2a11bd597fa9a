package org.waymark.analytics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceFigures;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.attendance.LearnerAttendance;
import org.waymark.analytics.equality.RateComparison;
import org.waymark.analytics.equality.Significance;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.progress.Assessment;
import org.waymark.analytics.progress.GapIndex;
import org.waymark.analytics.progress.ProgressBreakdown;
import org.waymark.analytics.progress.ProgressFigures;
import org.waymark.analytics.progress.ProgressIndicators;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.query.Characteristic;

/**
 * Properties every breakdown keeps, over random cohorts (issue 4, "Tests"): rates stay in [0, 100];
 * a breakdown's groups sum to its total; no suppressed figure can be derived from the total and the
 * visible groups.
 */
class BreakdownPropertiesTest {
  private static final LocalDate TO = LocalDate.of(2025, 7, 18);

  @Provide
  Arbitrary<List<Tuple2<LearnerProfile, AttendanceCounts>>> cohorts() {
    Arbitrary<LearnerProfile> profiles =
        Combinators.combine(
                Arbitraries.of(Sex.class),
                Arbitraries.of(Ethnicity.class),
                Arbitraries.of(SendStatus.class),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of("P1", "P2", "P3", "AP-9"),
                Arbitraries.of("9", "10", "11").injectNull(0.1))
            .as(
                (sex, eth, send, dis, lac, eal, provider, year) ->
                    new LearnerProfile(
                        "?",
                        provider,
                        sex,
                        eth,
                        send,
                        dis,
                        lac,
                        eal,
                        year,
                        LocalDate.of(2024, 9, 1),
                        null));
    Arbitrary<AttendanceCounts> counts =
        Combinators.combine(
                Arbitraries.integers().between(0, 380),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 100))
            .as(
                (present, approved, authorised, unauthorised, latePercent) ->
                    new AttendanceCounts(
                        present,
                        approved,
                        authorised,
                        unauthorised,
                        (present + unauthorised) * latePercent / 100));
    return Combinators.combine(profiles, counts)
        .as(Tuple::of)
        .list()
        .ofMaxSize(80)
        .map(BreakdownPropertiesTest::withIds);
  }

  private static List<Tuple2<LearnerProfile, AttendanceCounts>> withIds(
      List<Tuple2<LearnerProfile, AttendanceCounts>> raw) {
    List<Tuple2<LearnerProfile, AttendanceCounts>> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      LearnerProfile p = raw.get(i).get1();
      out.add(
          Tuple.of(
              new LearnerProfile(
                  "L" + i,
                  p.providerId(),
                  p.sex(),
                  p.ethnicity(),
                  p.send(),
                  p.disadvantaged(),
                  p.lookedAfter(),
                  p.eal(),
                  p.yearGroup(),
                  p.enrolledOn(),
                  p.leftOn()),
              raw.get(i).get2()));
    }
    return out;
  }

  private static Breakdown<AttendanceFigures> attendance(
      List<Tuple2<LearnerProfile, AttendanceCounts>> cohort, Characteristic by, boolean suppress) {
    Map<String, AttendanceCounts> counts = new HashMap<>();
    cohort.forEach(t -> counts.put(t.get1().learnerId(), t.get2()));
    return AttendanceIndicators.breakdown(
        cohort.stream().map(Tuple2::get1).toList(), counts, by, suppress);
  }

  private static void assertPercent(Double rate) {
    if (rate != null) {
      assertThat(rate).isBetween(0.0, 100.0);
    }
  }

  @Property(tries = 300)
  void attendanceRatesStayBetweenZeroAndAHundred(
      @ForAll("cohorts") List<Tuple2<LearnerProfile, AttendanceCounts>> cohort,
      @ForAll Characteristic by) {
    for (Tuple2<LearnerProfile, AttendanceCounts> t : cohort) {
      LearnerAttendance a = AttendanceIndicators.forLearner("x", t.get2());
      assertPercent(a.absenceRate());
      assertPercent(a.authorisedRate());
      assertPercent(a.unauthorisedRate());
    }
    Breakdown<AttendanceFigures> b = attendance(cohort, by, false);
    List<BreakdownRow<AttendanceFigures>> rows = new ArrayList<>(b.groups());
    rows.add(b.total());
    for (BreakdownRow<AttendanceFigures> row : rows) {
      AttendanceFigures f = row.figures();
      assertPercent(f.absenceRate());
      assertPercent(f.authorisedRate());
      assertPercent(f.unauthorisedRate());
      assertPercent(f.persistentAbsenceRate());
      assertPercent(f.severeAbsenceRate());
      assertThat(f.severeAbsentees()).isLessThanOrEqualTo(f.persistentAbsentees());
      for (RateComparison c : row.comparisons()) {
        assertPercent(c.groupRate());
        assertPercent(c.restRate());
        if (c.pValue() != null) {
          assertThat(c.pValue()).isBetween(0.0, 1.0);
        }
        if (c.relativeRisk() != null) {
          assertThat(c.relativeRisk()).isGreaterThanOrEqualTo(0.0);
        }
      }
    }
  }

  @Property(tries = 300)
  void attendanceGroupsSumToTheTotal(
      @ForAll("cohorts") List<Tuple2<LearnerProfile, AttendanceCounts>> cohort,
      @ForAll Characteristic by) {
    Breakdown<AttendanceFigures> b = attendance(cohort, by, false);

    for (ToLongFunction<AttendanceFigures> figure : ADDITIVE) {
      long sum = b.groups().stream().mapToLong(r -> figure.applyAsLong(r.figures())).sum();
      assertThat(sum).isEqualTo(figure.applyAsLong(b.total().figures()));
    }
  }

  private static final List<ToLongFunction<AttendanceFigures>> ADDITIVE =
      List.of(
          AttendanceFigures::learners,
          AttendanceFigures::possible,
          AttendanceFigures::present,
          AttendanceFigures::approved,
          AttendanceFigures::authorised,
          AttendanceFigures::unauthorised,
          AttendanceFigures::persistentAbsentees,
          AttendanceFigures::severeAbsentees,
          AttendanceFigures::late);

  /**
   * A hidden group's figure can be derived from the total and the visible groups exactly when it is
   * the only hidden group, or when the hidden remainder is 0 (then every hidden group is 0: an
   * empty group, which discloses nobody). So: no hidden non-zero figure is ever derivable.
   */
  @Property(tries = 500)
  void noSuppressedFigureCanBeDerivedFromTheTotalAndTheVisibleGroups(
      @ForAll("cohorts") List<Tuple2<LearnerProfile, AttendanceCounts>> cohort,
      @ForAll Characteristic by) {
    Breakdown<AttendanceFigures> shown = attendance(cohort, by, true);
    Breakdown<AttendanceFigures> truth = attendance(cohort, by, false);

    if (shown.total().suppressed()) {
      assertThat(shown.groups()).allMatch(BreakdownRow::suppressed);
      return;
    }
    List<String> hidden =
        shown.groups().stream().filter(BreakdownRow::suppressed).map(BreakdownRow::group).toList();
    for (BreakdownRow<AttendanceFigures> row : truth.groups()) {
      boolean isHidden = hidden.contains(row.group());
      assertThat(isHidden || row.figures().learners() >= Breakdowns.MINIMUM_LEARNERS)
          .as("group %s with %d learners is shown", row.group(), row.figures().learners())
          .isTrue();
    }
    for (ToLongFunction<AttendanceFigures> figure : ADDITIVE) {
      long remainder =
          figure.applyAsLong(shown.total().figures())
              - shown.groups().stream()
                  .filter(r -> !r.suppressed())
                  .mapToLong(r -> figure.applyAsLong(r.figures()))
                  .sum();
      for (String key : hidden) {
        long actual = figure.applyAsLong(truth.group(key).orElseThrow().figures());
        boolean derivable = hidden.size() == 1 || remainder == 0;
        assertThat(actual != 0 && derivable)
            .as("hidden group %s (%d) can be derived from total and visible groups", key, actual)
            .isFalse();
      }
    }
  }

  @Property(tries = 200)
  void progressGroupsSumToTheTotalAndTheGapIndexStaysWithinTen(
      @ForAll("cohorts") List<Tuple2<LearnerProfile, AttendanceCounts>> cohort,
      @ForAll Characteristic by,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<Assessment> assessments = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    for (Tuple2<LearnerProfile, AttendanceCounts> t : cohort) {
      String id = t.get1().learnerId();
      if (random.nextInt(4) > 0) {
        assessments.add(
            new Assessment(
                id, "maths", TO.minusDays(300), AssessmentKind.BASELINE, random.nextInt(9)));
      }
      if (random.nextInt(4) > 0) {
        assessments.add(
            new Assessment(id, "maths", TO.minusDays(10), AssessmentKind.FINAL, random.nextInt(9)));
      }
    }
    ProgressBreakdown p =
        ProgressIndicators.breakdown(
            cohort.stream().map(Tuple2::get1).toList(), assessments, "maths", TO, by, false);

    ProgressFigures total = p.breakdown().total().figures();
    assertThat(p.breakdown().groups().stream().mapToInt(r -> r.figures().learners()).sum())
        .isEqualTo(total.learners());
    assertThat(p.breakdown().groups().stream().mapToDouble(r -> r.figures().sumValueAdded()).sum())
        .isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-6));
    GapIndex gi = p.disadvantageGapIndex();
    if (gi.index() != null) {
      assertThat(gi.index()).isBetween(-10.0, 10.0);
    }
  }

  @Property(tries = 300)
  void pValuesAreProbabilities(
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 0, max = 60) int b,
      @ForAll @IntRange(min = 0, max = 60) int c,
      @ForAll @IntRange(min = 0, max = 60) int d) {
    RateComparison r = Significance.compare("rate", a, a + b, c, c + d);

    if (r.pValue() != null) {
      assertThat(r.pValue()).isBetween(0.0, 1.0);
      assertThat(r.significant()).isEqualTo(r.pValue() < 0.05);
    }
  }
}
