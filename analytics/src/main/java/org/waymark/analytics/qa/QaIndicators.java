package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.waymark.analytics.learner.CharacteristicChange;
import org.waymark.analytics.learner.LearnerHistory;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.qa.QaJudgement;

/**
 * The QA indicators of CONTRACT.md "Definitions" ("QA") and "Scope and group membership" ("QA at
 * date {@code at}"), from the Herefordshire Alternative Provision Quality Assurance Framework (seed
 * 002) and DfE "Alternative provision" statutory guidance (registration as an independent school
 * when full-time for five or more pupils, or one looked-after pupil or pupil with an EHC plan;
 * full-time = 18 hours a week or sole provision; unregistered provision at most 10 hours a week).
 */
public final class QaIndicators {
  /** An unregistered provider must register from this many concurrent full-time learners. */
  public static final int REGISTRATION_LEARNERS = 5;

  private QaIndicators() {}

  /**
   * A provider's QA position at {@code at}.
   *
   * @param providerId the provider
   * @param registered whether it is registered at {@code at}
   * @param catalogue the framework
   * @param visits the provider's visits (visits to other providers are ignored)
   * @param placements placements (those with other providers are ignored)
   * @param learners the characteristics at {@code at} of (at least) the placed learners, by id
   * @param at the date
   * @throws IllegalArgumentException when a judgement names a criterion the catalogue lacks, or a
   *     placed learner has no characteristics
   */
  public static ProviderQa providerAt(
      String providerId,
      boolean registered,
      QaCatalogue catalogue,
      Collection<QaVisit> visits,
      Collection<Placement> placements,
      Map<String, LearnerProfile> learners,
      LocalDate at) {
    QaVisit latest =
        visits.stream()
            .filter(v -> v.providerId().equals(providerId) && !v.visitOn().isAfter(at))
            .max(Comparator.comparing(QaVisit::visitOn).thenComparing(QaVisit::visitId))
            .orElse(null);
    List<ThemeResult> themes = themes(catalogue, latest);
    boolean suitable =
        themes.stream()
            .filter(ThemeResult::essential)
            .allMatch(t -> t.partiallyMet() == 0 && t.notMet() == 0 && t.unjudged() == 0);
    RegistrationCheck registration =
        registrationAt(providerId, registered, placements, learners::get, at);
    return new ProviderQa(
        providerId,
        registered,
        latest == null ? null : latest.visitId(),
        latest == null ? null : latest.visitOn(),
        suitable,
        themes,
        registration.mustRegister(),
        registration.breaches(),
        registration);
  }

  /**
   * Per-theme counts of a visit's judgements (every theme of the catalogue, by number); with no
   * visit every criterion is unjudged.
   */
  public static List<ThemeResult> themes(QaCatalogue catalogue, QaVisit visit) {
    Map<Integer, Map<String, QaJudgement>> judged = new HashMap<>();
    if (visit != null) {
      for (CriterionJudgement j : visit.judgements()) {
        QaTheme theme =
            catalogue
                .theme(j.theme())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "visit " + visit.visitId() + " judges unknown theme " + j.theme()));
        if (!theme.criteria().contains(j.criterion())) {
          throw new IllegalArgumentException(
              "visit "
                  + visit.visitId()
                  + " judges criterion '"
                  + j.criterion()
                  + "', not in theme "
                  + j.theme());
        }
        QaJudgement previous =
            judged
                .computeIfAbsent(j.theme(), k -> new HashMap<>())
                .put(j.criterion(), j.judgement());
        if (previous != null) {
          throw new IllegalArgumentException(
              "visit "
                  + visit.visitId()
                  + " judges criterion '"
                  + j.criterion()
                  + "' of theme "
                  + j.theme()
                  + " twice");
        }
      }
    }
    List<ThemeResult> out = new ArrayList<>();
    for (QaTheme theme : catalogue.themes()) {
      Map<String, QaJudgement> mine = judged.getOrDefault(theme.number(), Map.of());
      int[] counts = new int[QaJudgement.values().length];
      mine.values().forEach(j -> counts[j.ordinal()]++);
      out.add(
          new ThemeResult(
              theme.number(),
              theme.title(),
              theme.essential(),
              counts[QaJudgement.FULLY_MET.ordinal()],
              counts[QaJudgement.PARTIALLY_MET.ordinal()],
              counts[QaJudgement.NOT_MET.ordinal()],
              theme.criteria().size() - mine.size()));
    }
    return out;
  }

  /**
   * Whether the provider must register at {@code at}, and its breaching placements.
   *
   * @param learnerAt the characteristics at {@code at} of a placed learner, by id
   * @throws IllegalArgumentException when a placed full-time learner has no characteristics
   */
  public static RegistrationCheck registrationAt(
      String providerId,
      boolean registered,
      Collection<Placement> placements,
      Function<String, LearnerProfile> learnerAt,
      LocalDate at) {
    Set<String> fullTime = new HashSet<>();
    Set<String> vulnerable = new HashSet<>();
    Set<String> breaches = new TreeSet<>();
    for (Placement p : placements) {
      if (!p.providerId().equals(providerId) || !p.isActiveAt(at)) {
        continue;
      }
      if (p.isFullTime()) {
        fullTime.add(p.learnerId());
        LearnerProfile l = learnerAt.apply(p.learnerId());
        if (l == null) {
          throw new IllegalArgumentException(
              "no characteristics for learner "
                  + p.learnerId()
                  + " of placement "
                  + p.placementId());
        }
        if (l.lookedAfter() || l.hasEhcPlan()) {
          vulnerable.add(p.learnerId());
        }
      }
      if (!registered && p.hoursPerWeek() > Placement.UNREGISTERED_MAX_HOURS) {
        breaches.add(p.placementId());
      }
    }
    boolean mustRegister =
        !registered && (fullTime.size() >= REGISTRATION_LEARNERS || !vulnerable.isEmpty());
    return new RegistrationCheck(
        providerId,
        at,
        registered,
        fullTime.size(),
        vulnerable.size(),
        mustRegister,
        new ArrayList<>(breaches));
  }

  /**
   * The registration thresholds over time: the days {@code from}..{@code to} cut into periods over
   * which the figures do not change (they change only when a placement starts or ends, or a placed
   * learner's characteristics change).
   *
   * @param learners the history of (at least) the placed learners, by id
   */
  public static List<RegistrationPeriod> registrationOverTime(
      String providerId,
      boolean registered,
      Collection<Placement> placements,
      Map<String, LearnerHistory> learners,
      LocalDate from,
      LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    TreeSet<LocalDate> changes = new TreeSet<>();
    changes.add(from);
    for (Placement p : placements) {
      if (!p.providerId().equals(providerId)) {
        continue;
      }
      addWithin(changes, p.startOn(), from, to);
      if (p.endOn() != null) {
        addWithin(changes, p.endOn().plusDays(1), from, to);
      }
      LearnerHistory h = learners.get(p.learnerId());
      if (h != null) {
        for (CharacteristicChange c : h.changes()) {
          addWithin(changes, c.effectiveOn(), from, to);
        }
      }
    }
    List<RegistrationPeriod> periods = new ArrayList<>();
    List<LocalDate> points = new ArrayList<>(changes);
    for (int i = 0; i < points.size(); i++) {
      LocalDate day = points.get(i);
      LocalDate last = i + 1 < points.size() ? points.get(i + 1).minusDays(1) : to;
      RegistrationCheck c =
          registrationAt(
              providerId,
              registered,
              placements,
              id -> {
                LearnerHistory h = learners.get(id);
                return h == null ? null : h.asOf(day);
              },
              day);
      RegistrationPeriod previous = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (previous != null && same(previous, c)) {
        periods.set(
            periods.size() - 1,
            new RegistrationPeriod(
                previous.from(),
                last,
                previous.fullTimeLearners(),
                previous.fullTimeLookedAfterOrEhc(),
                previous.mustRegister(),
                previous.breaches()));
      } else {
        periods.add(
            new RegistrationPeriod(
                day,
                last,
                c.fullTimeLearners(),
                c.fullTimeLookedAfterOrEhc(),
                c.mustRegister(),
                c.breaches()));
      }
    }
    return periods;
  }

  private static boolean same(RegistrationPeriod p, RegistrationCheck c) {
    return p.fullTimeLearners() == c.fullTimeLearners()
        && p.fullTimeLookedAfterOrEhc() == c.fullTimeLookedAfterOrEhc()
        && p.mustRegister() == c.mustRegister()
        && Objects.equals(p.breaches(), c.breaches());
  }

  private static void addWithin(Set<LocalDate> set, LocalDate d, LocalDate from, LocalDate to) {
    if (!d.isBefore(from) && !d.isAfter(to)) {
      set.add(d);
    }
  }
}
