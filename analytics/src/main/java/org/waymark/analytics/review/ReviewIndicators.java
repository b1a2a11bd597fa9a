package org.waymark.analytics.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/**
 * Review currency (CONTRACT.md "Definitions", "Reviews", and "Scope and group membership", "Reviews
 * at date {@code at}"): a learner is review-current at d when their latest review is no more than
 * the window (42 days unless the provider has its own) before d; review currency = current learners
 * / active learners × 100. Seed 003 (managers and governors lack an overview of learners' progress
 * reviews).
 */
public final class ReviewIndicators {
  private ReviewIndicators() {}

  /**
   * One learner's review status at {@code at}; reviews held after {@code at} are not yet known.
   *
   * @param reviews the learner's reviews (others are ignored)
   */
  public static ReviewStatus statusAt(
      LearnerProfile learner, Collection<Review> reviews, LocalDate at, ReviewPolicy policy) {
    LocalDate latest = null;
    for (Review r : reviews) {
      if (r.learnerId().equals(learner.learnerId())) {
        latest = later(latest, r.heldOn(), at);
      }
    }
    return status(learner, latest, at, policy);
  }

  private static LocalDate later(LocalDate latest, LocalDate heldOn, LocalDate at) {
    if (heldOn.isAfter(at)) {
      return latest;
    }
    return latest == null || heldOn.isAfter(latest) ? heldOn : latest;
  }

  private static ReviewStatus status(
      LearnerProfile learner, LocalDate latest, LocalDate at, ReviewPolicy policy) {
    int window = policy.windowDays(learner.providerId());
    Long days = latest == null ? null : ChronoUnit.DAYS.between(latest, at);
    return new ReviewStatus(
        learner.learnerId(), at, latest, days, window, days != null && days <= window);
  }

  /**
   * The reviews breakdown at {@code at} with its overdue list.
   *
   * @param cohort the learners in scope with their characteristics as of {@code at}; only those
   *     active at {@code at} (enrolled on or before it and not left) count
   * @param reviews the reviews of (at least) the cohort
   * @param at the date
   * @param policy the review windows
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule (the overdue list is not affected)
   * @return the breakdown; every key of a fixed domain and every key held by a learner of the
   *     cohort is listed, an empty group with 0 active learners
   */
  public static ReviewBreakdown breakdown(
      Collection<LearnerProfile> cohort,
      Collection<Review> reviews,
      LocalDate at,
      ReviewPolicy policy,
      Characteristic by,
      boolean suppress) {
    Map<String, LocalDate> latest = new HashMap<>();
    for (Review r : reviews) {
      LocalDate l = later(latest.get(r.learnerId()), r.heldOn(), at);
      if (l != null) {
        latest.put(r.learnerId(), l);
      }
    }
    int[] total = new int[2];
    Map<String, int[]> groups = Breakdowns.groupsFor(by, () -> new int[2]);
    List<String> overdue = new ArrayList<>();
    for (LearnerProfile learner : cohort) {
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, learner), k -> new int[2]);
      }
      if (!learner.isActiveAt(at)) {
        continue;
      }
      boolean current = status(learner, latest.get(learner.learnerId()), at, policy).current();
      add(total, current);
      if (by != null) {
        add(groups.computeIfAbsent(GroupKeys.of(by, learner), k -> new int[2]), current);
      }
      if (!current) {
        overdue.add(learner.learnerId());
      }
    }
    overdue.sort(null);
    Map<String, ReviewFigures> figures = new HashMap<>();
    groups.forEach((k, c) -> figures.put(k, figures(c)));
    return new ReviewBreakdown(Breakdowns.assemble(by, figures(total), figures, suppress), overdue);
  }

  private static void add(int[] tally, boolean current) {
    tally[0]++;
    if (current) {
      tally[1]++;
    }
  }

  private static ReviewFigures figures(int[] tally) {
    return new ReviewFigures(tally[0], tally[1], Rates.percent(tally[1], tally[0]));
  }
}
