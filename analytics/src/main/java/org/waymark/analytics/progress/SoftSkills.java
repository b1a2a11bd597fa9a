package org.waymark.analytics.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/**
 * Soft-skill distance travelled from wider-skills ratings (issue 4 "Progress"; seed 000 A48,
 * "distance travelled" in personal and social skills; seed 002 theme six, tracking personal and
 * social skills). For each learner and skill: first rating = the earliest dated on or before {@code
 * to}, latest = the most recent; distance travelled = latest − first when the latest is dated after
 * the first. A learner's distance over all skills is the mean over their skills with a defined
 * distance.
 */
public final class SoftSkills {
  private SoftSkills() {}

  /**
   * Every learner's progress in every skill they were rated in on or before {@code to}: learner id
   * → skill → progress. Of two ratings of a skill on the same date, the one given first counts.
   */
  public static Map<String, Map<String, SoftSkillProgress>> progressByLearner(
      Iterable<WiderSkillsRating> ratings, LocalDate to) {
    Map<String, Map<String, WiderSkillsRating[]>> slots = new HashMap<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (WiderSkillsRating r : ratings) {
      if (r.date().isAfter(to)) {
        continue;
      }
      WiderSkillsRating[] s =
          slots
              .computeIfAbsent(r.learnerId(), k -> new HashMap<>())
              .computeIfAbsent(r.skill(), k -> new WiderSkillsRating[2]);
      counts.computeIfAbsent(r.learnerId(), k -> new HashMap<>()).merge(r.skill(), 1, Integer::sum);
      if (s[0] == null || r.date().isBefore(s[0].date())) {
        s[0] = r;
      }
      if (s[1] == null || r.date().isAfter(s[1].date())) {
        s[1] = r;
      }
    }
    Map<String, Map<String, SoftSkillProgress>> out = new HashMap<>();
    slots.forEach(
        (learner, bySkill) -> {
          Map<String, SoftSkillProgress> mine = new HashMap<>();
          bySkill.forEach(
              (skill, s) ->
                  mine.put(
                      skill,
                      new SoftSkillProgress(
                          learner,
                          skill,
                          s[0].rating(),
                          s[0].date(),
                          s[1].rating(),
                          s[1].date(),
                          counts.get(learner).get(skill),
                          s[1].date().isAfter(s[0].date())
                              ? s[1].rating() - s[0].rating()
                              : null)));
          out.put(learner, mine);
        });
    return out;
  }

  /**
   * The soft-skill breakdown of one skill, or of all skills together ({@code skill == null}: each
   * learner's first, latest and distance are the means over their skills with a defined distance).
   *
   * @param cohort the learners in scope, characteristics as of {@code to}
   * @param ratings the wider-skills ratings of (at least) the cohort
   * @param skill the skill, or {@code null} for all skills
   * @param to the last date of the period
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule
   */
  public static Breakdown<SoftSkillFigures> breakdown(
      Collection<LearnerProfile> cohort,
      Iterable<WiderSkillsRating> ratings,
      String skill,
      LocalDate to,
      Characteristic by,
      boolean suppress) {
    Map<String, Map<String, SoftSkillProgress>> all = progressByLearner(ratings, to);
    Sums total = new Sums();
    Map<String, Sums> groups = Breakdowns.groupsFor(by, Sums::new);
    for (LearnerProfile l : cohort) {
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, l), k -> new Sums());
      }
      Map<String, SoftSkillProgress> mine = all.getOrDefault(l.learnerId(), Map.of());
      List<SoftSkillProgress> defined = new ArrayList<>();
      for (SoftSkillProgress p : mine.values()) {
        if (p.distanceTravelled() != null && (skill == null || skill.equals(p.skill()))) {
          defined.add(p);
        }
      }
      if (defined.isEmpty()) {
        continue;
      }
      double first = defined.stream().mapToInt(SoftSkillProgress::first).average().orElseThrow();
      double latest = defined.stream().mapToInt(SoftSkillProgress::latest).average().orElseThrow();
      total.add(first, latest);
      if (by != null) {
        groups.computeIfAbsent(GroupKeys.of(by, l), k -> new Sums()).add(first, latest);
      }
    }
    Map<String, SoftSkillFigures> figures = new HashMap<>();
    groups.forEach((k, s) -> figures.put(k, s.figures()));
    return Breakdowns.assemble(by, total.figures(), figures, suppress);
  }

  private static final class Sums {
    int learners;
    double first;
    double latest;

    void add(double f, double l) {
      learners++;
      first += f;
      latest += l;
    }

    SoftSkillFigures figures() {
      return new SoftSkillFigures(
          learners,
          Rates.mean(first, learners),
          Rates.mean(latest, learners),
          Rates.mean(latest - first, learners),
          first,
          latest,
          latest - first);
    }
  }
}
