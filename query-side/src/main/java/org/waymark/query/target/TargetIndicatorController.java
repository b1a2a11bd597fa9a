package org.waymark.query.target;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.target.TargetFigures;
import org.waymark.analytics.target.TargetIndicators;
import org.waymark.query.learner.Cohort;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.BreakdownJson;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.Parameters;

/** {@code GET /api/v1/indicators/targets} (CONTRACT.md "Queries"). */
@RestController
class TargetIndicatorController {
  static final List<String> FIGURES =
      List.of(
          "learners",
          "set",
          "met",
          "partiallyMet",
          "notMet",
          "carriedForward",
          "withdrawn",
          "achievementRate",
          "overdue");

  private final Cohort cohort;
  private final TargetReader targets;
  private final Clock clock;
  private final Answers answers;

  TargetIndicatorController(Cohort cohort, TargetReader targets, Clock clock, Answers answers) {
    this.cohort = cohort;
    this.targets = targets;
    this.clock = clock;
    this.answers = answers;
  }

  /**
   * {@code {total, groups:[{group, learners, set, met, partiallyMet, notMet, carriedForward,
   * withdrawn, achievementRate, overdue, suppressed}]}}, following CONTRACT.md "Definitions"
   * ("Targets") and "Scope and group membership" ("Targets"): outcomes dated in {@code
   * from}..{@code to}, overdue at {@code to}, learners with a target set on or before {@code to},
   * characteristics in effect on {@code to}, all as the history stood at {@code asAt}.
   */
  @GetMapping("/api/v1/indicators/targets")
  Map<String, Object> targets(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    return answers.get(
        "targets", raw, List.of(ReadModels.LEARNERS, ReadModels.TARGETS), () -> compute(raw));
  }

  private Map<String, Object> compute(MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.period(p, clock);
    p.validate();
    Breakdown<TargetFigures> b =
        TargetIndicators.breakdown(
            cohort.profiles(q.asAt(), q.to(), q.providers()),
            targets.targets(q.to(), q.asAt()),
            q.from(),
            q.to(),
            q.by(),
            q.suppress());
    return BreakdownJson.of(b, FIGURES);
  }
}
