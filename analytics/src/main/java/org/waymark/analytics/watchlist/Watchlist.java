package org.waymark.analytics.watchlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.attendance.LearnerAttendance;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.review.Review;
import org.waymark.analytics.review.ReviewIndicators;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.analytics.review.ReviewStatus;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetIndicators;

/**
 * The learners falling behind (issue 6; seed 003: "some teachers are unaware of those falling
 * behind until it is too late"): attendance under the minimum over the period, targets missed in a
 * row, not on target at the last review, review overdue.
 */
public final class Watchlist {
  private Watchlist() {}

  /**
   * Every active learner at {@code at} falling behind on at least one count, ordered by learner id.
   *
   * @param cohort the learners in scope (only those active at {@code at} are considered)
   * @param attendance each learner's counts over the period of interest, by learner id
   * @param targets the cohort's targets
   * @param reviews the cohort's reviews
   * @param at the date
   */
  public static List<FallingBehind> fallingBehind(
      Collection<LearnerProfile> cohort,
      Map<String, AttendanceCounts> attendance,
      Collection<Target> targets,
      Collection<Review> reviews,
      LocalDate at,
      ReviewPolicy policy,
      FallingBehindCriteria criteria) {
    Map<String, List<Target>> targetsByLearner = new HashMap<>();
    targets.forEach(
        t -> targetsByLearner.computeIfAbsent(t.learnerId(), k -> new ArrayList<>()).add(t));
    Map<String, Review> latest = new HashMap<>();
    for (Review r : reviews) {
      if (r.heldOn().isAfter(at)) {
        continue;
      }
      latest.merge(
          r.learnerId(),
          r,
          (a, b) ->
              Comparator.comparing(Review::heldOn).thenComparing(Review::reviewId).compare(a, b)
                      >= 0
                  ? a
                  : b);
    }
    List<FallingBehind> out = new ArrayList<>();
    for (LearnerProfile l : cohort) {
      if (!l.isActiveAt(at)) {
        continue;
      }
      AttendanceCounts c = attendance.getOrDefault(l.learnerId(), AttendanceCounts.NONE);
      LearnerAttendance a = AttendanceIndicators.forLearner(l.learnerId(), c);
      boolean low = AttendanceIndicators.attendsLessThan(c, criteria.minimumAttendancePercent());
      int missed =
          TargetIndicators.missedInARow(
              targetsByLearner.getOrDefault(l.learnerId(), List.of()), at);
      Review last = latest.get(l.learnerId());
      ReviewStatus status =
          ReviewIndicators.statusAt(l, last == null ? List.of() : List.of(last), at, policy);
      FallingBehind f =
          new FallingBehind(
              l.learnerId(),
              a.possible(),
              a.attendanceRate(),
              low,
              missed,
              missed >= criteria.targetsMissedInARow(),
              last == null ? null : last.onTarget(),
              last != null && !last.onTarget(),
              !status.current());
      if (f.lowAttendance() || f.missingTargets() || f.notOnTarget() || f.reviewOverdue()) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(FallingBehind::learnerId));
    return out;
  }
}
