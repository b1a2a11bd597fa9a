package org.waymark.analytics.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.analytics.Learners.learner;
import static org.waymark.api.target.TargetOutcome.MET;
import static org.waymark.api.target.TargetOutcome.NOT_MET;
import static org.waymark.api.target.TargetOutcome.PARTIALLY_MET;
import static org.waymark.api.target.TargetOutcome.WITHDRAWN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.review.Review;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetIndicators;
import org.waymark.analytics.target.TargetOutcomeRecord;
import org.waymark.api.target.TargetOutcome;

/** Worked examples of the falling-behind list (issue 6), at 2025-03-31. */
class WatchlistTest {
  private static final LocalDate AT = LocalDate.of(2025, 3, 31);

  private static Target t(String id, String learner, String outcomeOn, TargetOutcome outcome) {
    return new Target(
        id,
        learner,
        "maths",
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 2, 1),
        List.of(new TargetOutcomeRecord(LocalDate.parse(outcomeOn), outcome, null)));
  }

  @Test
  void countsOnlyTheLatestRunOfNotMetTargetsSkippingWithdrawnOnes() {
    // MET (01-10), NOT_MET (02-01), WITHDRAWN (02-10, skipped), NOT_MET (03-01): a run of 2.
    List<Target> ts =
        List.of(
            t("T1", "a", "2025-01-10", MET),
            t("T2", "a", "2025-02-01", NOT_MET),
            t("T3", "a", "2025-02-10", WITHDRAWN),
            t("T4", "a", "2025-03-01", NOT_MET));

    assertThat(TargetIndicators.missedInARow(ts, AT)).isEqualTo(2);
    // A PARTIALLY_MET after them ends the run.
    assertThat(
            TargetIndicators.missedInARow(
                List.of(ts.get(1), ts.get(3), t("T5", "a", "2025-03-20", PARTIALLY_MET)), AT))
        .isZero();
  }

  @Test
  void flagsEachReasonWithTheFiguresBehindIt() {
    // a: 89 of 100 sessions attended (under 90%); reviewed and on target on 03-20.
    // b: exactly 90 of 100 (not under 90%); two NOT_MET in a row; reviewed 03-20, on target.
    // c: 100% attendance; last review (03-25) not on target.
    // d: 100% attendance; last review 01-10: overdue.
    // e: all well: not listed.
    List<LearnerProfile> cohort =
        List.of(
            learner("a").build(),
            learner("b").build(),
            learner("c").build(),
            learner("d").build(),
            learner("e").build());
    Map<String, AttendanceCounts> attendance =
        Map.of(
            "a", new AttendanceCounts(88, 1, 11, 0, 0),
            "b", new AttendanceCounts(90, 0, 5, 5, 0),
            "c", new AttendanceCounts(100, 0, 0, 0, 0),
            "d", new AttendanceCounts(100, 0, 0, 0, 0),
            "e", new AttendanceCounts(100, 0, 0, 0, 0));
    List<Target> targets =
        List.of(t("T1", "b", "2025-02-01", NOT_MET), t("T2", "b", "2025-03-01", NOT_MET));
    List<Review> reviews =
        List.of(
            new Review("R1", "a", LocalDate.of(2025, 3, 20), true),
            new Review("R2", "b", LocalDate.of(2025, 3, 20), true),
            new Review("R3", "c", LocalDate.of(2025, 2, 20), true),
            new Review("R4", "c", LocalDate.of(2025, 3, 25), false),
            new Review("R5", "d", LocalDate.of(2025, 1, 10), true),
            new Review("R6", "e", LocalDate.of(2025, 3, 25), true));

    List<FallingBehind> list =
        Watchlist.fallingBehind(
            cohort,
            attendance,
            targets,
            reviews,
            AT,
            ReviewPolicy.DEFAULT,
            FallingBehindCriteria.DEFAULT);

    assertThat(list)
        .containsExactly(
            new FallingBehind("a", 100, 89.0, true, 0, false, true, false, false),
            new FallingBehind("b", 100, 90.0, false, 2, true, true, false, false),
            new FallingBehind("c", 100, 100.0, false, 0, false, false, true, false),
            new FallingBehind("d", 100, 100.0, false, 0, false, true, false, true));
  }
}
