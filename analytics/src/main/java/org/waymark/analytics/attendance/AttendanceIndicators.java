package org.waymark.analytics.attendance;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/**
 * The attendance indicators of CONTRACT.md "Definitions", which follow the DfE "Pupil absence in
 * schools in England" methodology (overall, authorised and unauthorised absence rates over possible
 * sessions; persistent absentees missing 10% or more of their possible sessions, severe absentees
 * 50% or more) with the codes of DfE "Working together to improve school attendance" (August 2024).
 */
public final class AttendanceIndicators {
  /** A learner missing at least this share of possible sessions is a persistent absentee. */
  public static final int PERSISTENT_PERCENT = 10;

  /** A learner missing at least this share of possible sessions is a severe absentee. */
  public static final int SEVERE_PERCENT = 50;

  private AttendanceIndicators() {}

  /**
   * Whether a learner is a persistent absentee: possible &gt; 0 and absence ≥ 10% of possible
   * (compared exactly in integers: 10 × absence ≥ possible).
   */
  public static boolean isPersistentAbsentee(AttendanceCounts c) {
    return atLeast(c, PERSISTENT_PERCENT);
  }

  /** Whether a learner is a severe absentee: possible &gt; 0 and absence ≥ 50% of possible. */
  public static boolean isSevereAbsentee(AttendanceCounts c) {
    return atLeast(c, SEVERE_PERCENT);
  }

  private static boolean atLeast(AttendanceCounts c, int percent) {
    long possible = c.possible();
    return possible > 0 && 100L * c.absence() >= (long) percent * possible;
  }

  /**
   * Whether a learner attended less than {@code percent}% of their possible sessions (present or
   * approved activity), compared exactly in integers; false without possible sessions.
   */
  public static boolean attendsLessThan(AttendanceCounts c, int percent) {
    long possible = c.possible();
    return possible > 0 && 100L * (c.present() + (long) c.approved()) < (long) percent * possible;
  }

  /** One learner's attendance over a period. */
  public static LearnerAttendance forLearner(String learnerId, AttendanceCounts c) {
    int possible = c.possible();
    return new LearnerAttendance(
        learnerId,
        possible,
        c.present(),
        c.approved(),
        c.authorised(),
        c.unauthorised(),
        c.absence(),
        c.late(),
        Rates.percent((long) c.present() + c.approved(), possible),
        Rates.percent(c.absence(), possible),
        Rates.percent(c.authorised(), possible),
        Rates.percent(c.unauthorised(), possible),
        isPersistentAbsentee(c),
        isSevereAbsentee(c));
  }

  /** The attendance of any group: the sums over its learners' counts. */
  public static AttendanceFigures aggregate(Iterable<AttendanceCounts> learners) {
    Tally t = new Tally();
    for (AttendanceCounts c : learners) {
      t.add(c);
    }
    return t.figures();
  }

  /**
   * Figures from totals already summed elsewhere (e.g. by a search-engine aggregation over the
   * per-learner counts): the same formulas, so no rate is computed twice in two ways.
   */
  public static AttendanceFigures fromTotals(
      int learners,
      long present,
      long approved,
      long authorised,
      long unauthorised,
      int persistentAbsentees,
      int severeAbsentees,
      long late) {
    if (learners < 0
        || present < 0
        || approved < 0
        || authorised < 0
        || unauthorised < 0
        || late < 0
        || severeAbsentees < 0
        || severeAbsentees > persistentAbsentees
        || persistentAbsentees > learners) {
      throw new IllegalArgumentException(
          "inconsistent attendance totals: need counts >= 0 and"
              + " severe <= persistent <= learners");
    }
    long possible = present + approved + authorised + unauthorised;
    return new AttendanceFigures(
        learners,
        possible,
        present,
        approved,
        authorised,
        unauthorised,
        Rates.percent(authorised + unauthorised, possible),
        Rates.percent(authorised, possible),
        Rates.percent(unauthorised, possible),
        persistentAbsentees,
        Rates.percent(persistentAbsentees, learners),
        severeAbsentees,
        Rates.percent(severeAbsentees, learners),
        late);
  }

  /**
   * The attendance breakdown of {@code GET /api/v1/indicators/attendance} (CONTRACT.md "Queries"
   * and "Scope and group membership": a group's {@code learners} are its learners with possible
   * &gt; 0 in the period).
   *
   * @param cohort the learners in scope, with their characteristics as of {@code to}
   * @param counts each learner's counts over the period, by learner id; a learner of the cohort
   *     without counts has none, counts of learners outside the cohort are ignored
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule
   * @return the breakdown; every key of a fixed domain and every key held by a learner of the
   *     cohort is listed, an empty group with 0 learners
   */
  public static Breakdown<AttendanceFigures> breakdown(
      Collection<LearnerProfile> cohort,
      Map<String, AttendanceCounts> counts,
      Characteristic by,
      boolean suppress) {
    Tally total = new Tally();
    Map<String, Tally> groups = Breakdowns.groupsFor(by, Tally::new);
    for (LearnerProfile learner : cohort) {
      AttendanceCounts c = counts.getOrDefault(learner.learnerId(), AttendanceCounts.NONE);
      total.add(c);
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, learner), k -> new Tally()).add(c);
      }
    }
    Map<String, AttendanceFigures> figures = new HashMap<>();
    groups.forEach((key, t) -> figures.put(key, t.figures()));
    return Breakdowns.assemble(by, total.figures(), figures, suppress);
  }

  private static final class Tally {
    int learners;
    long present;
    long approved;
    long authorised;
    long unauthorised;
    int persistent;
    int severe;
    long late;

    void add(AttendanceCounts c) {
      if (c.possible() > 0) {
        learners++;
      }
      present += c.present();
      approved += c.approved();
      authorised += c.authorised();
      unauthorised += c.unauthorised();
      late += c.late();
      if (isPersistentAbsentee(c)) {
        persistent++;
      }
      if (isSevereAbsentee(c)) {
        severe++;
      }
    }

    AttendanceFigures figures() {
      return fromTotals(
          learners, present, approved, authorised, unauthorised, persistent, severe, late);
    }
  }
}
