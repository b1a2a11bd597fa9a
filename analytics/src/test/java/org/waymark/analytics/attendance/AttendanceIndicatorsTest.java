package org.waymark.analytics.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.waymark.analytics.Learners.learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.BreakdownRow;
import org.waymark.analytics.equality.RateComparison;
import org.waymark.analytics.equality.StatisticalTest;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;

/**
 * Worked examples of the attendance indicators of CONTRACT.md "Definitions" (DfE "Pupil absence in
 * schools in England" methodology): possible = present + approved + authorised + unauthorised;
 * overall absence rate = Σabsence / Σpossible × 100; persistent absentee when absence ≥ 10% of
 * possible, severe when ≥ 50%; rates over learners with possible &gt; 0; late = L + U.
 */
class AttendanceIndicatorsTest {

  @Nested
  class ForOneLearner {
    @Test
    void computesRatesOverPossibleSessionsAndCountsLateAsLPlusU() {
      // 20 possible: 15 present (2 of them L), 1 approved (K), 3 authorised (I), 1 unauthorised
      // (U).
      // absence = 3 + 1 = 4 -> 4/20 = 20%; authorised 3/20 = 15%; unauthorised 1/20 = 5%.
      // late = 2 L + 1 U = 3. 20% >= 10%: persistent; 20% < 50%: not severe.
      LearnerAttendance a =
          AttendanceIndicators.forLearner("a", new AttendanceCounts(15, 1, 3, 1, 3));

      assertThat(a.possible()).isEqualTo(20);
      assertThat(a.absence()).isEqualTo(4);
      assertThat(a.absenceRate()).isEqualTo(20.0);
      assertThat(a.attendanceRate()).isEqualTo(80.0); // (15 present + 1 approved) / 20
      assertThat(a.authorisedRate()).isEqualTo(15.0);
      assertThat(a.unauthorisedRate()).isEqualTo(5.0);
      assertThat(a.late()).isEqualTo(3);
      assertThat(a.persistentAbsentee()).isTrue();
      assertThat(a.severeAbsentee()).isFalse();
    }

    @Test
    void judgesPersistentAbsenceOnThePeriodsSumNotPerPeriod() {
      // Week 1: 1 absent of 10 (10%); week 2: 0 of 10. Together 1 of 20 = 5%: not persistent.
      AttendanceCounts both =
          AttendanceCounts.sum(
              List.of(new AttendanceCounts(9, 0, 1, 0, 0), new AttendanceCounts(10, 0, 0, 0, 0)));

      assertThat(both).isEqualTo(new AttendanceCounts(19, 0, 1, 0, 0));
      assertThat(AttendanceIndicators.isPersistentAbsentee(both)).isFalse();
    }

    @Test
    void hasNoRatesAndIsNoAbsenteeWithoutPossibleSessions() {
      // Only X and # marks: nothing possible. Rates are null, never 0 or NaN.
      AttendanceCounts none = AttendanceCounter.countCodes(List.of("X", "#", "Y3", "Z"));
      LearnerAttendance a = AttendanceIndicators.forLearner("a", none);

      assertThat(a.possible()).isZero();
      assertThat(a.absenceRate()).isNull();
      assertThat(a.authorisedRate()).isNull();
      assertThat(a.unauthorisedRate()).isNull();
      assertThat(a.persistentAbsentee()).isFalse();
      assertThat(a.severeAbsentee()).isFalse();
    }

    @Test
    void isAPersistentAbsenteeAtExactlyTenPercent() {
      // 19 absences of 190 possible = exactly 10%: persistent ("absence >= 10%").
      assertThat(AttendanceIndicators.isPersistentAbsentee(new AttendanceCounts(171, 0, 19, 0, 0)))
          .isTrue();
      // 18 of 190 = 9.47%: not.
      assertThat(AttendanceIndicators.isPersistentAbsentee(new AttendanceCounts(172, 0, 18, 0, 0)))
          .isFalse();
      // 3 of 30 unauthorised: 10% too (compared in integers, 100 × 3 >= 10 × 30).
      assertThat(AttendanceIndicators.isPersistentAbsentee(new AttendanceCounts(27, 0, 0, 3, 0)))
          .isTrue();
    }

    @Test
    void isASevereAbsenteeAtExactlyFiftyPercent() {
      // 95 of 190 = exactly 50%: severe. 94 of 190 = 49.47%: persistent only.
      AttendanceCounts half = new AttendanceCounts(95, 0, 50, 45, 0);
      AttendanceCounts justUnder = new AttendanceCounts(96, 0, 50, 44, 0);

      assertThat(AttendanceIndicators.isSevereAbsentee(half)).isTrue();
      assertThat(AttendanceIndicators.isSevereAbsentee(justUnder)).isFalse();
      assertThat(AttendanceIndicators.isPersistentAbsentee(justUnder)).isTrue();
    }
  }

  @Nested
  class OverAGroup {
    @Test
    void sumsSessionsBeforeDividingAndCountsOnlyLearnersWithPossibleSessions() {
      // a: 20 possible, 4 absent (persistent). b: 190 possible, 18 absent (9.47%, not persistent).
      // c: nothing possible (not one of the group's learners).
      // learners = 2; possible = 210; absence = 22 -> 22/210 = 10.476190...% (not the mean of
      // 20% and 9.47%); persistent 1 of 2 = 50%; severe 0 of 2 = 0%; late 3 + 0 = 3.
      AttendanceFigures f =
          AttendanceIndicators.aggregate(
              List.of(
                  new AttendanceCounts(15, 1, 3, 1, 3),
                  new AttendanceCounts(172, 0, 10, 8, 0),
                  AttendanceCounts.NONE));

      assertThat(f.learners()).isEqualTo(2);
      assertThat(f.possible()).isEqualTo(210);
      assertThat(f.present()).isEqualTo(187);
      assertThat(f.approved()).isEqualTo(1);
      assertThat(f.authorised()).isEqualTo(13);
      assertThat(f.unauthorised()).isEqualTo(9);
      assertThat(f.absenceRate()).isEqualTo(22 * 100.0 / 210);
      assertThat(f.authorisedRate()).isEqualTo(13 * 100.0 / 210);
      assertThat(f.unauthorisedRate()).isEqualTo(9 * 100.0 / 210);
      assertThat(f.persistentAbsentees()).isEqualTo(1);
      assertThat(f.persistentAbsenceRate()).isEqualTo(50.0);
      assertThat(f.severeAbsentees()).isZero();
      assertThat(f.severeAbsenceRate()).isEqualTo(0.0);
      assertThat(f.late()).isEqualTo(3);
    }

    @Test
    void hasNullRatesForAnEmptyGroup() {
      AttendanceFigures f = AttendanceIndicators.aggregate(List.of());

      assertThat(f.learners()).isZero();
      assertThat(f.absenceRate()).isNull();
      assertThat(f.persistentAbsenceRate()).isNull();
      assertThat(f.severeAbsenceRate()).isNull();
    }

    @Test
    void ofASingleLearnerEqualsThatLearnersOwnFigures() {
      AttendanceCounts c = new AttendanceCounts(100, 4, 30, 26, 7);
      AttendanceFigures f = AttendanceIndicators.aggregate(List.of(c));
      LearnerAttendance a = AttendanceIndicators.forLearner("a", c);

      assertThat(f.learners()).isEqualTo(1);
      assertThat(f.absenceRate()).isEqualTo(a.absenceRate()).isEqualTo(35.0);
      assertThat(f.persistentAbsenceRate()).isEqualTo(100.0);
      assertThat(f.severeAbsenceRate()).isEqualTo(0.0);
    }
  }

  /**
   * DfE "Pupil absence in schools in England", autumn and spring terms 2024/25, FSM-eligible Black
   * African pupils: 1,390,250 absence sessions of 28,942,593 possible (4.8035%); 13,594 persistent
   * and 1,012 severe absentees of 115,124 enrolments (11.808%, 0.879%).
   */
  @Nested
  class ReproducingAPublishedDfeFigure {
    @Test
    void givesTheOverallPersistentAndSevereAbsenceRatesFromThePublishedTotals() {
      AttendanceFigures f =
          AttendanceIndicators.fromTotals(
              115_124, 28_942_593L - 1_390_250L, 0, 1_000_000, 390_250, 13_594, 1_012, 0);

      assertThat(f.possible()).isEqualTo(28_942_593L);
      assertThat(f.absence()).isEqualTo(1_390_250L);
      assertThat(f.absenceRate()).isCloseTo(4.8035, within(0.00005));
      assertThat(f.persistentAbsenceRate()).isCloseTo(11.808, within(0.0005));
      assertThat(f.severeAbsenceRate()).isCloseTo(0.879, within(0.0005));
    }

    @Test
    void givesTheSameRatesFromLearnerLevelCountsSummingToThePublishedTotals() {
      // 115,124 learners: 46,469 with 252 possible sessions and 68,655 with 251 (= 28,942,593).
      // 1,012 severe absentees miss 130 (>= 50% of 252); 12,582 more persistent absentees miss 40
      // (>= 10%, < 50%); of the other 101,530, 44,700 miss 8 and 56,830 miss 7 (< 10% of 251).
      // Absences: 131,560 + 503,280 + 357,600 + 397,810 = 1,390,250.
      List<AttendanceCounts> learners = new ArrayList<>(115_124);
      for (int i = 0; i < 115_124; i++) {
        int possible = i < 46_469 ? 252 : 251;
        int absence;
        if (i < 1_012) {
          absence = 130;
        } else if (i < 13_594) {
          absence = 40;
        } else if (i < 13_594 + 44_700) {
          absence = 8;
        } else {
          absence = 7;
        }
        int unauthorised = absence / 3;
        learners.add(
            new AttendanceCounts(possible - absence, 0, absence - unauthorised, unauthorised, 0));
      }

      AttendanceFigures f = AttendanceIndicators.aggregate(learners);

      assertThat(f.learners()).isEqualTo(115_124);
      assertThat(f.possible()).isEqualTo(28_942_593L);
      assertThat(f.absence()).isEqualTo(1_390_250L);
      assertThat(f.persistentAbsentees()).isEqualTo(13_594);
      assertThat(f.severeAbsentees()).isEqualTo(1_012);
      assertThat(f.absenceRate()).isCloseTo(4.8035, within(0.00005));
      assertThat(f.persistentAbsenceRate()).isCloseTo(11.808, within(0.0005));
      assertThat(f.severeAbsenceRate()).isCloseTo(0.879, within(0.0005));
    }
  }

  @Nested
  class BrokenDown {
    private final List<LearnerProfile> cohort = new ArrayList<>();
    private final Map<String, AttendanceCounts> counts = new HashMap<>();

    private void add(int n, Sex sex, AttendanceCounts each) {
      for (int i = 0; i < n; i++) {
        String id = sex + "-" + cohort.size();
        cohort.add(learner(id).sex(sex).build());
        counts.put(id, each);
      }
    }

    @Test
    void comparesEachGroupsRatesWithTheRestOfTheCohort() {
      // 10 girls, each 100 possible and 10 absent; 10 boys, each 100 possible and 5 absent.
      // F: 100 / 1,000 = 10%; rest (M): 50 / 1,000 = 5%; relative risk 2.0.
      // Pooled p = 150 / 2,000 = 0.075; se = sqrt(0.075 × 0.925 × (1/1000 + 1/1000)) = 0.0117792;
      // z = 0.05 / 0.0117792 = 4.2448; two-sided p = 2.19e-5: significant.
      add(10, Sex.F, new AttendanceCounts(90, 0, 10, 0, 0));
      add(10, Sex.M, new AttendanceCounts(95, 0, 3, 2, 0));

      Breakdown<AttendanceFigures> b =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, true);

      BreakdownRow<AttendanceFigures> girls = b.group("F").orElseThrow();
      RateComparison absence = girls.comparison("absenceRate");
      assertThat(absence.groupNumerator()).isEqualTo(100);
      assertThat(absence.groupDenominator()).isEqualTo(1000);
      assertThat(absence.restNumerator()).isEqualTo(50);
      assertThat(absence.restDenominator()).isEqualTo(1000);
      assertThat(absence.relativeRisk()).isCloseTo(2.0, within(1e-12));
      assertThat(absence.test()).isEqualTo(StatisticalTest.TWO_PROPORTION_Z);
      assertThat(absence.pValue()).isCloseTo(2.19e-5, within(0.01e-5));
      assertThat(absence.significant()).isTrue();
      // Persistent absence: 10 of 10 girls against 0 of 10 boys: expected counts of 5 in every
      // cell, so still the z-test; no relative risk, the rest's rate being 0.
      RateComparison persistent = girls.comparison("persistentAbsenceRate");
      assertThat(persistent.groupRate()).isEqualTo(100.0);
      assertThat(persistent.restRate()).isEqualTo(0.0);
      assertThat(persistent.relativeRisk()).isNull();
      assertThat(persistent.significant()).isTrue();
      assertThat(b.total().comparisons()).isEmpty();
    }

    @Test
    void suppressesASmallGroupAndTheNextSmallestSoNeitherCanBeDerived() {
      // 6 girls and 3 boys: M (3 < 5) is suppressed; it is the only one, so F, the next smallest,
      // is suppressed too. The total (9 learners) stays visible.
      add(6, Sex.F, new AttendanceCounts(9, 0, 1, 0, 0));
      add(3, Sex.M, new AttendanceCounts(8, 0, 2, 0, 0));

      Breakdown<AttendanceFigures> b =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, true);

      assertThat(b.total().suppressed()).isFalse();
      assertThat(b.total().figures().learners()).isEqualTo(9);
      assertThat(b.groups())
          .extracting(BreakdownRow::group, BreakdownRow::suppressed, BreakdownRow::figures)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("F", true, null),
              org.assertj.core.groups.Tuple.tuple("M", true, null));
    }

    @Test
    void showsEveryFigureWhenAskedNotToSuppress() {
      add(6, Sex.F, new AttendanceCounts(9, 0, 1, 0, 0));
      add(3, Sex.M, new AttendanceCounts(8, 0, 2, 0, 0));

      Breakdown<AttendanceFigures> b =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, false);

      assertThat(b.group("M").orElseThrow().figures().learners()).isEqualTo(3);
      assertThat(b.group("M").orElseThrow().figures().absenceRate()).isEqualTo(20.0);
    }

    @Test
    void suppressesTheTotalBelowFiveLearners() {
      add(4, Sex.F, new AttendanceCounts(9, 0, 1, 0, 0));

      Breakdown<AttendanceFigures> b = AttendanceIndicators.breakdown(cohort, counts, null, true);

      assertThat(b.total().suppressed()).isTrue();
      assertThat(b.total().figures()).isNull();
      assertThat(b.groups()).isEmpty();
    }

    @Test
    void listsAnEmptyGroupWithNoLearnersAndNullRates() {
      // 5 girls attend; the 2 boys' marks are all X (not possible): the M group has 0 learners in
      // the sense of CONTRACT.md. It is listed (with null rates), so the groups still sum to the
      // total and, suppressed, it cannot be told apart from a group of 1.
      add(5, Sex.F, new AttendanceCounts(10, 0, 0, 0, 0));
      add(2, Sex.M, AttendanceCounts.NONE);

      Breakdown<AttendanceFigures> open =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, false);
      Breakdown<AttendanceFigures> hidden =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, true);

      assertThat(open.total().figures().learners()).isEqualTo(5);
      AttendanceFigures boys = open.group("M").orElseThrow().figures();
      assertThat(boys.learners()).isZero();
      assertThat(boys.absenceRate()).isNull();
      assertThat(boys.persistentAbsenceRate()).isNull();
      assertThat(hidden.groups()).allMatch(BreakdownRow::suppressed);
    }

    @Test
    void listsEveryMajorEthnicGroupEvenWhenEmpty() {
      add(6, Sex.F, new AttendanceCounts(10, 0, 0, 0, 0));

      Breakdown<AttendanceFigures> b =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.ETHNICITY, false);

      assertThat(b.groups())
          .extracting(BreakdownRow::group)
          .containsExactly("White", "Mixed", "Asian", "Black", "Chinese", "Other", "Unclassified");
    }

    @Test
    void countsALearnerWithoutCountsAsHavingNoPossibleSessions() {
      add(5, Sex.F, new AttendanceCounts(10, 0, 0, 0, 0));
      cohort.add(learner("no-marks").sex(Sex.F).build());

      Breakdown<AttendanceFigures> b =
          AttendanceIndicators.breakdown(cohort, counts, Characteristic.SEX, true);

      assertThat(b.total().figures().learners()).isEqualTo(5);
    }
  }
}
