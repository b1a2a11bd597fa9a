package org.waymark.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.waymark.analytics.Learners.learner;
import static org.waymark.api.progress.AssessmentKind.BASELINE;
import static org.waymark.api.progress.AssessmentKind.FINAL;
import static org.waymark.api.progress.AssessmentKind.PROGRESS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.breakdown.BreakdownRow;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.query.Characteristic;

/**
 * Worked examples of CONTRACT.md "Definitions" ("Progress", "Disadvantage gap index") and "Scope
 * and group membership" ("Progress").
 */
class ProgressIndicatorsTest {
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  private static Assessment a(String learner, String date, AssessmentKind kind, double score) {
    return new Assessment(learner, "maths", LocalDate.parse(date), kind, score);
  }

  /*
   * a: BASELINE 3.0 (2024-09-10) and a later BASELINE 3.5 (ignored: earliest wins); PROGRESS 4.0
   *    (2025-02-01); FINAL 5.0 and PROGRESS 6.0 on 2025-06-01 (tie: FINAL wins); PROGRESS 7.0 on
   *    2025-07-15 (after `to`, ignored); an English score (other area, ignored). Latest 5.0, DT 2.0.
   * b: BASELINE 3.75 -> PROGRESS 4.75: DT 1.0.          c: BASELINE 5.25 -> FINAL 8.25: DT 3.0.
   * d: PROGRESS 4.0 only: no DT, but ranked.            e: BASELINE 2.0 only: no DT, not ranked.
   */
  private static final List<Assessment> ASSESSMENTS =
      List.of(
          a("a", "2024-09-10", BASELINE, 3.0),
          a("a", "2024-10-01", BASELINE, 3.5),
          a("a", "2025-02-01", PROGRESS, 4.0),
          a("a", "2025-06-01", FINAL, 5.0),
          a("a", "2025-06-01", PROGRESS, 6.0),
          a("a", "2025-07-15", PROGRESS, 7.0),
          new Assessment("a", "English", LocalDate.parse("2025-03-01"), FINAL, 99),
          a("b", "2024-09-10", BASELINE, 3.75),
          a("b", "2025-03-01", PROGRESS, 4.75),
          a("c", "2024-09-10", BASELINE, 5.25),
          a("c", "2025-06-20", FINAL, 8.25),
          a("d", "2025-03-01", PROGRESS, 4.0),
          a("e", "2024-09-10", BASELINE, 2.0));

  private static final List<LearnerProfile> COHORT =
      List.of(
          learner("a").disadvantaged().build(),
          learner("b").build(),
          learner("c").disadvantaged().build(),
          learner("d").build(),
          learner("e").build());

  @Nested
  class PerLearner {
    @Test
    void takesTheEarliestBaselineAndTheLatestScorePreferringFinalOnATie() {
      LearnerProgress p = ProgressIndicators.forLearner("a", "maths", ASSESSMENTS, TO);

      assertThat(p.baseline()).isEqualTo(3.0);
      assertThat(p.latest()).isEqualTo(5.0);
      assertThat(p.latestKind()).isEqualTo(FINAL);
      assertThat(p.latestOn()).isEqualTo(LocalDate.of(2025, 6, 1));
      assertThat(p.distanceTravelled()).isEqualTo(2.0);
      assertThat(p.baselineBand()).isEqualTo(3L);
    }

    @Test
    void definesDistanceTravelledOnlyWithBothABaselineAndALatestScore() {
      Map<String, LearnerProgress> all =
          ProgressIndicators.progressByLearner(ASSESSMENTS, "maths", TO);

      assertThat(all.get("d").latest()).isEqualTo(4.0);
      assertThat(all.get("d").distanceTravelled()).isNull();
      assertThat(all.get("e").baseline()).isEqualTo(2.0);
      assertThat(all.get("e").latest()).isNull();
      assertThat(all.get("e").distanceTravelled()).isNull();
    }

    @Test
    void ignoresAssessmentsAfterTo() {
      LearnerProgress p =
          ProgressIndicators.forLearner("a", "maths", ASSESSMENTS, LocalDate.of(2025, 5, 31));

      assertThat(p.latest()).isEqualTo(4.0);
      assertThat(p.distanceTravelled()).isEqualTo(1.0);
    }

    @Test
    void bandsANegativeBaselineByItsFloor() {
      LearnerProgress p =
          ProgressIndicators.forLearner(
              "z", "maths", List.of(a("z", "2024-09-01", BASELINE, -0.5)), TO);

      assertThat(p.baselineBand()).isEqualTo(-1L);
    }

    @Test
    void countsTheFirstGivenOfTwoAssessmentsSharingTheNaturalKey() {
      List<Assessment> twice =
          List.of(a("z", "2025-01-01", PROGRESS, 1), a("z", "2025-01-01", PROGRESS, 2));

      assertThat(ProgressIndicators.progressByLearner(twice, "maths", TO).get("z").latest())
          .isEqualTo(1.0);
    }
  }

  @Nested
  class ValueAdded {
    @Test
    void subtractsTheMeanDistanceTravelledOfTheSameBaselineBand() {
      // Band 3 (⌊3.0⌋, ⌊3.75⌋): a 2.0 and b 1.0, mean 1.5 -> a +0.5, b −0.5.
      // Band 5: c alone, 3.0 -> 0. d and e have no distance travelled and no value added.
      List<LearnerValueAdded> va =
          ProgressIndicators.valueAdded(
              ProgressIndicators.progressByLearner(ASSESSMENTS, "maths", TO).values());

      assertThat(va)
          .extracting(
              v -> v.progress().learnerId(), LearnerValueAdded::band, LearnerValueAdded::valueAdded)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", 3L, 0.5),
              org.assertj.core.groups.Tuple.tuple("b", 3L, -0.5),
              org.assertj.core.groups.Tuple.tuple("c", 5L, 0.0));
      assertThat(va.get(0).bandLearners()).isEqualTo(2);
      assertThat(va.get(0).bandMeanDistanceTravelled()).isEqualTo(1.5);
    }

    @Test
    void isZeroForASingleLearner() {
      List<LearnerValueAdded> va =
          ProgressIndicators.valueAdded(
              List.of(ProgressIndicators.forLearner("c", "maths", ASSESSMENTS, TO)));

      assertThat(va).singleElement().extracting(LearnerValueAdded::valueAdded).isEqualTo(0.0);
    }
  }

  @Nested
  class GroupMeansAndGaps {
    @Test
    void takesEveryMeanOverTheGroupsLearnersWithADistanceTravelled() {
      // Y (disadvantaged): a and c (d, e have no DT; they are not the group's learners).
      // meanBaseline (3 + 5.25) / 2 = 4.125; meanLatest (5 + 8.25) / 2 = 6.625;
      // meanDT (2 + 3) / 2 = 2.5; meanVA (0.5 + 0) / 2 = 0.25; gap 2.5 − 1.0 (b) = 1.5.
      // N: b alone: meanDT 1.0, gap 1.0 − 2.5 = −1.5. Total: 3 learners, meanDT 2.0, meanVA 0.
      ProgressBreakdown p =
          ProgressIndicators.breakdown(
              COHORT, ASSESSMENTS, "maths", TO, Characteristic.DISADVANTAGED, false);

      ProgressFigures y = p.breakdown().group("Y").orElseThrow().figures();
      assertThat(y.learners()).isEqualTo(2);
      assertThat(y.meanBaseline()).isEqualTo(4.125);
      assertThat(y.meanLatest()).isEqualTo(6.625);
      assertThat(y.meanDistanceTravelled()).isEqualTo(2.5);
      assertThat(y.meanValueAdded()).isEqualTo(0.25);
      assertThat(y.gap()).isCloseTo(1.5, within(1e-12));
      assertThat(y.otherLearners()).isEqualTo(1);
      // Welch's test needs two values on each side: b alone is not enough.
      assertThat(y.gapTest().difference()).isCloseTo(1.5, within(1e-12));
      assertThat(y.gapTest().pValue()).isNull();
      assertThat(y.sumSquaresDistanceTravelled()).isEqualTo(13.0);
      ProgressFigures n = p.breakdown().group("N").orElseThrow().figures();
      assertThat(n.learners()).isEqualTo(1);
      assertThat(n.gap()).isCloseTo(-1.5, within(1e-12));
      ProgressFigures total = p.breakdown().total().figures();
      assertThat(total.learners()).isEqualTo(3);
      assertThat(total.meanDistanceTravelled()).isEqualTo(2.0);
      assertThat(total.meanValueAdded()).isEqualTo(0.0);
      assertThat(total.gap()).isNull();
    }

    @Test
    void usesBandsAndRanksOverTheWholeScopeWhateverTheGrouping() {
      // Grouped by sex, everyone is F (M is listed, empty): the same value added and gap index.
      ProgressBreakdown p =
          ProgressIndicators.breakdown(COHORT, ASSESSMENTS, "maths", TO, Characteristic.SEX, false);

      assertThat(p.breakdown().groups()).extracting(BreakdownRow::group).containsExactly("F", "M");
      assertThat(p.breakdown().group("M").orElseThrow().figures().learners()).isZero();
      assertThat(p.breakdown().group("F").orElseThrow().figures().gap()).isNull();
      assertThat(p.disadvantageGapIndex().learners()).isEqualTo(4);
      assertThat(p.learners()).hasSize(3);
    }

    @Test
    void ignoresAssessmentsOfLearnersOutOfScope() {
      ProgressBreakdown p =
          ProgressIndicators.breakdown(
              List.of(COHORT.get(0)), ASSESSMENTS, "maths", TO, null, false);

      assertThat(p.breakdown().total().figures().learners()).isEqualTo(1);
      assertThat(p.learners())
          .singleElement()
          .extracting(LearnerValueAdded::valueAdded)
          .isEqualTo(0.0);
    }
  }

  @Nested
  class DisadvantageGapIndex {
    @Test
    void ranksEveryLearnerWithALatestScoreBaselineOrNot() {
      // Latest scores: d 4.0 (N) rank 1, b 4.75 (N) rank 2, a 5.0 (Y) rank 3, c 8.25 (Y) rank 4.
      // Mean rank N 1.5, Y 3.5: GI = 20 × (1.5 − 3.5) / 4 = −10 (the disadvantaged rank higher).
      GapIndex gi =
          ProgressIndicators.breakdown(COHORT, ASSESSMENTS, "maths", TO, null, false)
              .disadvantageGapIndex();

      assertThat(gi.learners()).isEqualTo(4);
      assertThat(gi.disadvantaged()).isEqualTo(2);
      assertThat(gi.meanRankDisadvantaged()).isEqualTo(3.5);
      assertThat(gi.meanRankNonDisadvantaged()).isEqualTo(1.5);
      assertThat(gi.index()).isEqualTo(-10.0);
    }

    @Test
    void givesTiedScoresTheMeanOfTheirRanks() {
      // 10 (D) rank 1; 20 (N), 20 (D), 20 (N) ranks 2, 3, 4 -> 3 each; 30 (N) rank 5; 40 (D) 6.
      // D: 1 + 3 + 6 = 10, mean 10/3; N: 3 + 3 + 5 = 11, mean 11/3.
      // GI = 20 × (11/3 − 10/3) / 6 = 10/9.
      GapIndex gi =
          ProgressIndicators.disadvantageGapIndex(
              List.of(
                  new RankedScore("1", 10, true),
                  new RankedScore("2", 20, false),
                  new RankedScore("3", 20, true),
                  new RankedScore("4", 20, false),
                  new RankedScore("5", 30, false),
                  new RankedScore("6", 40, true)),
              false);

      assertThat(gi.sumRankDisadvantaged()).isEqualTo(10.0);
      assertThat(gi.sumRankNonDisadvantaged()).isEqualTo(11.0);
      assertThat(gi.index()).isCloseTo(10.0 / 9.0, within(1e-12));
    }

    @Test
    void isTenWhenEveryDisadvantagedLearnerRanksBelowEveryOther() {
      List<RankedScore> scores = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        scores.add(new RankedScore("l" + i, i, i <= 5));
      }

      assertThat(ProgressIndicators.disadvantageGapIndex(scores, true).index()).isEqualTo(10.0);
    }

    @Test
    void isUndefinedWhenOneGroupIsEmpty() {
      GapIndex gi =
          ProgressIndicators.disadvantageGapIndex(List.of(new RankedScore("a", 5, true)), false);

      assertThat(gi.learners()).isEqualTo(1);
      assertThat(gi.nonDisadvantaged()).isZero();
      assertThat(gi.index()).isNull();
    }

    @Test
    void isHiddenUnderSuppressionWhenEitherGroupHasFewerThanFiveLearners() {
      GapIndex gi =
          ProgressIndicators.breakdown(COHORT, ASSESSMENTS, "maths", TO, null, true)
              .disadvantageGapIndex();

      assertThat(gi.suppressed()).isTrue();
      assertThat(gi.index()).isNull();
      assertThat(gi.disadvantaged()).isNull();
    }
  }
}
