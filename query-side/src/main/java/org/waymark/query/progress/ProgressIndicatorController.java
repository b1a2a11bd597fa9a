package org.waymark.query.progress;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.progress.ProgressBreakdown;
import org.waymark.analytics.progress.ProgressIndicators;
import org.waymark.analytics.progress.SoftSkillFigures;
import org.waymark.analytics.progress.SoftSkills;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.query.learner.Cohort;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.BreakdownJson;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.Parameters;

/**
 * The progress indicators: {@code GET /api/v1/indicators/progress?area=…} (CONTRACT.md "Queries")
 * and, beyond the contract, {@code GET /api/v1/indicators/wider-skills}.
 */
@RestController
class ProgressIndicatorController {
  static final List<String> PROGRESS_FIGURES =
      List.of(
          "learners",
          "meanBaseline",
          "meanLatest",
          "meanDistanceTravelled",
          "meanValueAdded",
          "gap");
  static final List<String> WIDER_SKILLS_FIGURES =
      List.of("learners", "meanFirst", "meanLatest", "meanDistanceTravelled");

  private final Cohort cohort;
  private final AssessmentReader assessments;
  private final WiderSkillsReader widerSkills;
  private final Clock clock;
  private final Answers answers;

  ProgressIndicatorController(
      Cohort cohort,
      AssessmentReader assessments,
      WiderSkillsReader widerSkills,
      Clock clock,
      Answers answers) {
    this.cohort = cohort;
    this.assessments = assessments;
    this.widerSkills = widerSkills;
    this.clock = clock;
    this.answers = answers;
  }

  /**
   * {@code {total, groups:[{group, learners, meanBaseline, meanLatest, meanDistanceTravelled,
   * meanValueAdded, gap, suppressed}], disadvantageGapIndex}}, following CONTRACT.md "Definitions"
   * ("Progress", "Disadvantage gap index") and "Scope and group membership" ("Progress"):
   * assessments in {@code area} dated on or before {@code to}, learners with the characteristics
   * recorded with effect on or before {@code to}, all as the history stood at {@code asAt}. {@code
   * disadvantageGapIndex} is a number, or null when either group is empty (or, under suppression,
   * has fewer than 5 learners).
   */
  @GetMapping("/api/v1/indicators/progress")
  Map<String, Object> progress(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    return answers.get(
        "progress",
        raw,
        List.of(ReadModels.LEARNERS, ReadModels.ASSESSMENTS),
        () -> computeProgress(raw));
  }

  private Map<String, Object> computeProgress(MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.period(p, clock);
    String area = p.requiredText("area");
    p.validate();
    List<LearnerProfile> learners = cohort.profiles(q.asAt(), q.to(), q.providers());
    ProgressBreakdown b =
        ProgressIndicators.breakdown(
            learners,
            assessments.assessments(area, q.to(), q.asAt()),
            area,
            q.to(),
            q.by(),
            q.suppress());
    Map<String, Object> out = BreakdownJson.of(b.breakdown(), PROGRESS_FIGURES);
    out.put("disadvantageGapIndex", b.disadvantageGapIndex().index());
    return out;
  }

  /**
   * Soft-skill distance travelled (not in CONTRACT.md; additive): {@code {total, groups:[{group,
   * learners, meanFirst, meanLatest, meanDistanceTravelled, suppressed}], skill, ratedBy}} from
   * {@link SoftSkills#breakdown}: per learner and skill, latest rating on or before {@code to} −
   * first rating, defined when rated on two dates. {@code skill} is one of {@link
   * WiderSkillsReader#SKILLS} (absent: the mean over all skills); {@code ratedBy} is TUTOR
   * (default) or LEARNER, so a learner's self-assessment is never compared with a tutor's rating.
   */
  @GetMapping("/api/v1/indicators/wider-skills")
  Map<String, Object> widerSkills(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    return answers.get(
        "wider-skills",
        raw,
        List.of(ReadModels.LEARNERS, ReadModels.WIDER_SKILLS),
        () -> computeWiderSkills(raw));
  }

  private Map<String, Object> computeWiderSkills(MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.period(p, clock);
    String skill = p.oneOf("skill", null, WiderSkillsReader.SKILLS);
    String ratedBy =
        p.oneOf(
            "ratedBy",
            WiderSkillsRater.TUTOR.name(),
            Arrays.stream(WiderSkillsRater.values()).map(Enum::name).toList());
    p.validate();
    List<LearnerProfile> learners = cohort.profiles(q.asAt(), q.to(), q.providers());
    Breakdown<SoftSkillFigures> b =
        SoftSkills.breakdown(
            learners,
            widerSkills.ratings(q.to(), WiderSkillsRater.valueOf(ratedBy), q.asAt()),
            skill,
            q.to(),
            q.by(),
            q.suppress());
    Map<String, Object> out = BreakdownJson.of(b, WIDER_SKILLS_FIGURES);
    out.put("skill", skill);
    out.put("ratedBy", ratedBy);
    return out;
  }
}
