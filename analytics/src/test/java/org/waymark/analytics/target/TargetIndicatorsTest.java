package org.waymark.analytics.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.analytics.Learners.learner;
import static org.waymark.api.target.TargetOutcome.CARRIED_FORWARD;
import static org.waymark.api.target.TargetOutcome.MET;
import static org.waymark.api.target.TargetOutcome.NOT_MET;
import static org.waymark.api.target.TargetOutcome.PARTIALLY_MET;
import static org.waymark.api.target.TargetOutcome.WITHDRAWN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.target.TargetOutcome;

/**
 * Worked examples of CONTRACT.md "Definitions" ("Targets") and "Scope and group membership"
 * ("Targets"), period 2025-01-01 to 2025-03-31.
 */
class TargetIndicatorsTest {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  private static TargetOutcomeRecord o(String date, TargetOutcome outcome) {
    return new TargetOutcomeRecord(LocalDate.parse(date), outcome, null);
  }

  private static TargetOutcomeRecord cf(String date, String newDue) {
    return new TargetOutcomeRecord(LocalDate.parse(date), CARRIED_FORWARD, LocalDate.parse(newDue));
  }

  private static Target t(
      String id, String learner, String set, String due, TargetOutcomeRecord... outcomes) {
    return new Target(
        id, learner, "maths", LocalDate.parse(set), LocalDate.parse(due), List.of(outcomes));
  }

  private static final List<Target> TARGETS =
      List.of(
          // set before the period, MET in it: met
          t("T1", "a", "2024-12-01", "2025-01-15", o("2025-01-10", MET)),
          // carried forward twice, now due 2025-04-15: not overdue at 03-31; 2 carried forward
          t(
              "T2",
              "a",
              "2025-01-05",
              "2025-02-01",
              cf("2025-01-31", "2025-03-01"),
              cf("2025-02-28", "2025-04-15")),
          // carried forward to 2025-03-01 and no outcome since: overdue at 03-31
          t("T3", "a", "2025-01-05", "2025-02-01", cf("2025-01-31", "2025-03-01")),
          // PARTIALLY_MET in the period
          t("T4", "a", "2025-02-01", "2025-03-01", o("2025-03-10", PARTIALLY_MET)),
          // NOT_MET after the period: not counted, and at 03-31 it is overdue (due 03-15)
          t("T5", "a", "2025-02-01", "2025-03-15", o("2025-04-02", NOT_MET)),
          // due on `to` itself: not before it, so not overdue
          t("T6", "a", "2025-02-01", "2025-03-31"),
          // WITHDRAWN: counted as withdrawn, outside the achievement rate, never overdue
          t("T7", "a", "2025-02-01", "2025-02-15", o("2025-02-20", WITHDRAWN)),
          // all before the period
          t("T8", "b", "2024-10-01", "2024-11-01", o("2024-11-01", MET)),
          // set after `to`: ignored
          t("T9", "b", "2025-04-10", "2025-05-01"));

  private static final List<LearnerProfile> COHORT =
      List.of(learner("a").build(), learner("b").build(), learner("c").build());

  @Test
  void countsOutcomesDatedInThePeriodAndTheAchievementRate() {
    // set in period: T2..T7 = 6. met T1; partiallyMet T4; notMet none; withdrawn T7;
    // carriedForward: T2 ×2 + T3 = 3. Achievement rate = 1 / (1 + 1 + 0) = 50%.
    // overdue at 03-31: T3 (due 03-01) and T5 (due 03-15) = 2.
    // learners: a and b (a target set on or before `to`); c has none.
    Breakdown<TargetFigures> b = TargetIndicators.breakdown(COHORT, TARGETS, FROM, TO, null, false);
    TargetFigures f = b.total().figures();

    assertThat(f.learners()).isEqualTo(2);
    assertThat(f.set()).isEqualTo(6);
    assertThat(f.met()).isEqualTo(1);
    assertThat(f.partiallyMet()).isEqualTo(1);
    assertThat(f.notMet()).isZero();
    assertThat(f.withdrawn()).isEqualTo(1);
    assertThat(f.carriedForward()).isEqualTo(3);
    assertThat(f.achievementRate()).isEqualTo(50.0);
    assertThat(f.overdue()).isEqualTo(2);
  }

  @Test
  void takesTheDueDateFromTheLatestCarriedForwardOutcome() {
    TargetStatus s = TargetIndicators.statusAt(TARGETS.get(1), TO);

    assertThat(s.dueOn()).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(s.overdue()).isFalse();
    // On 2025-02-27 only the first carry-forward (dated 01-31) is known: due 2025-03-01.
    assertThat(TargetIndicators.statusAt(TARGETS.get(1), LocalDate.of(2025, 2, 27)).dueOn())
        .isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void doesNotCountAFinalOutcomeRecordedAfterTheDateAsKnown() {
    TargetStatus s = TargetIndicators.statusAt(TARGETS.get(4), TO);

    assertThat(s.finalOutcome()).isNull();
    assertThat(s.overdue()).isTrue();
    assertThat(TargetIndicators.statusAt(TARGETS.get(4), LocalDate.of(2025, 4, 2)).overdue())
        .isFalse();
  }

  @Test
  void listsOverdueTargetsByLearnerThenTarget() {
    assertThat(TargetIndicators.overdueAt(TARGETS, TO))
        .extracting(TargetStatus::targetId)
        .containsExactly("T3", "T5");
  }

  @Test
  void hasNoAchievementRateWithoutAConcludedTarget() {
    TargetFigures f = TargetIndicators.figures(List.of(TARGETS.get(6)), FROM, TO);

    assertThat(f.withdrawn()).isEqualTo(1);
    assertThat(f.achievementRate()).isNull();
  }

  @Test
  void ignoresTargetsOfLearnersOutOfScope() {
    Breakdown<TargetFigures> b =
        TargetIndicators.breakdown(List.of(COHORT.get(1)), TARGETS, FROM, TO, null, false);

    assertThat(b.total().figures().learners()).isEqualTo(1);
    assertThat(b.total().figures().set()).isZero();
  }
}
