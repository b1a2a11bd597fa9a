package org.waymark.analytics.target;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;
import org.waymark.api.target.TargetOutcome;

/**
 * The target indicators of CONTRACT.md "Definitions" ("Targets") and "Scope and group membership"
 * ("Targets"): outcome counts, achievement rate = MET / (MET + PARTIALLY_MET + NOT_MET) counting
 * each target's final outcome dated in the period, and overdue targets (no final outcome, due date
 * — the latest CARRIED_FORWARD {@code new_due_on} if any — before the date). Seed 001 (ILP
 * short-term targets reviewed half-termly) and seed 004 ("previous targets met and why not").
 */
public final class TargetIndicators {
  private TargetIndicators() {}

  /**
   * A target as it stood at {@code at}: outcomes dated after {@code at} are not yet known. Of two
   * final outcomes (which the target aggregate forbids) the earlier counts; of two CARRIED_FORWARD
   * outcomes on one date, the later one given counts.
   */
  public static TargetStatus statusAt(Target target, LocalDate at) {
    TargetOutcomeRecord finalOutcome = finalOutcome(target, at);
    LocalDate due = target.dueOn();
    LocalDate carriedOn = null;
    for (TargetOutcomeRecord o : target.outcomes()) {
      if (o.outcome() == TargetOutcome.CARRIED_FORWARD
          && !o.date().isAfter(at)
          && (carriedOn == null || !o.date().isBefore(carriedOn))) {
        carriedOn = o.date();
        due = o.newDueOn();
      }
    }
    boolean overdue = finalOutcome == null && due.isBefore(at);
    return new TargetStatus(
        target.targetId(),
        target.learnerId(),
        at,
        due,
        finalOutcome == null ? null : finalOutcome.outcome(),
        finalOutcome == null ? null : finalOutcome.date(),
        overdue);
  }

  /** Whether the target is overdue at {@code at} (CONTRACT.md "Definitions", "Targets"). */
  public static boolean isOverdue(Target target, LocalDate at) {
    return !target.setOn().isAfter(at) && statusAt(target, at).overdue();
  }

  private static TargetOutcomeRecord finalOutcome(Target target, LocalDate at) {
    return target.outcomes().stream()
        .filter(o -> o.outcome().isFinal() && !o.date().isAfter(at))
        .min(Comparator.comparing(TargetOutcomeRecord::date))
        .orElse(null);
  }

  /**
   * The figures of any set of targets over the period {@code from}..{@code to} (inclusive).
   *
   * @param targets the targets, whatever their learners
   */
  public static TargetFigures figures(Collection<Target> targets, LocalDate from, LocalDate to) {
    Tally t = new Tally();
    targets.forEach(target -> t.add(target, from, to));
    return t.figures();
  }

  /**
   * The targets breakdown of {@code GET /api/v1/indicators/targets} (CONTRACT.md "Queries").
   *
   * @param cohort the learners in scope, with their characteristics as of {@code to}
   * @param targets the targets of (at least) the cohort; others are ignored
   * @param from the first date of the period
   * @param to the last date of the period
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule
   * @return the breakdown; every key of a fixed domain and every key held by a learner of the
   *     cohort is listed, an empty group with 0 learners
   */
  public static Breakdown<TargetFigures> breakdown(
      Collection<LearnerProfile> cohort,
      Collection<Target> targets,
      LocalDate from,
      LocalDate to,
      Characteristic by,
      boolean suppress) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    Map<String, LearnerProfile> profiles = new HashMap<>(cohort.size() * 2);
    Tally total = new Tally();
    Map<String, Tally> groups = Breakdowns.groupsFor(by, Tally::new);
    for (LearnerProfile l : cohort) {
      profiles.put(l.learnerId(), l);
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, l), k -> new Tally());
      }
    }
    for (Target target : targets) {
      LearnerProfile learner = profiles.get(target.learnerId());
      if (learner == null) {
        continue;
      }
      total.add(target, from, to);
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, learner), k -> new Tally()).add(target, from, to);
      }
    }
    Map<String, TargetFigures> figures = new HashMap<>();
    groups.forEach((k, t) -> figures.put(k, t.figures()));
    return Breakdowns.assemble(by, total.figures(), figures, suppress);
  }

  /** Every target overdue at {@code at}, ordered by learner id then target id. */
  public static List<TargetStatus> overdueAt(Collection<Target> targets, LocalDate at) {
    return targets.stream()
        .filter(t -> !t.setOn().isAfter(at))
        .map(t -> statusAt(t, at))
        .filter(TargetStatus::overdue)
        .sorted(Comparator.comparing(TargetStatus::learnerId).thenComparing(TargetStatus::targetId))
        .toList();
  }

  /**
   * How many of a learner's most recent concluded targets in a row were NOT_MET at {@code at}:
   * targets are taken in the order of their final outcome's date (ties: target id); WITHDRAWN
   * targets are skipped; a MET or PARTIALLY_MET outcome ends the run.
   *
   * @param learnersTargets the targets of one learner
   */
  public static int missedInARow(Collection<Target> learnersTargets, LocalDate at) {
    List<TargetStatus> concluded =
        learnersTargets.stream()
            .filter(t -> !t.setOn().isAfter(at))
            .map(t -> statusAt(t, at))
            .filter(s -> s.finalOutcome() != null && s.finalOutcome() != TargetOutcome.WITHDRAWN)
            .sorted(
                Comparator.comparing(TargetStatus::finalOutcomeOn)
                    .thenComparing(TargetStatus::targetId))
            .toList();
    int run = 0;
    for (int i = concluded.size() - 1; i >= 0; i--) {
      if (concluded.get(i).finalOutcome() != TargetOutcome.NOT_MET) {
        break;
      }
      run++;
    }
    return run;
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  private static final class Tally {
    final Set<String> learners = new HashSet<>();
    int set;
    int met;
    int partiallyMet;
    int notMet;
    int carriedForward;
    int withdrawn;
    int overdue;

    void add(Target target, LocalDate from, LocalDate to) {
      if (target.setOn().isAfter(to)) {
        return;
      }
      learners.add(target.learnerId());
      if (!target.setOn().isBefore(from)) {
        set++;
      }
      for (TargetOutcomeRecord o : target.outcomes()) {
        if (o.outcome() == TargetOutcome.CARRIED_FORWARD && within(o.date(), from, to)) {
          carriedForward++;
        }
      }
      TargetStatus status = statusAt(target, to);
      if (status.finalOutcome() != null && within(status.finalOutcomeOn(), from, to)) {
        switch (status.finalOutcome()) {
          case MET -> met++;
          case PARTIALLY_MET -> partiallyMet++;
          case NOT_MET -> notMet++;
          case WITHDRAWN -> withdrawn++;
          case CARRIED_FORWARD -> throw new IllegalStateException("not a final outcome");
        }
      }
      if (status.overdue()) {
        overdue++;
      }
    }

    TargetFigures figures() {
      int concluded = met + partiallyMet + notMet;
      return new TargetFigures(
          learners.size(),
          set,
          met,
          partiallyMet,
          notMet,
          carriedForward,
          withdrawn,
          Rates.percent(met, concluded),
          overdue);
    }
  }
}
