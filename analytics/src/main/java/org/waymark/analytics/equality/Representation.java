package org.waymark.analytics.equality;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/**
 * Representation of each group of a cohort against a population benchmark (e.g. the local
 * authority's school-census shares), with the same small-number rule as every other breakdown.
 */
public final class Representation {
  private Representation() {}

  /**
   * @param cohort the learners in scope, characteristics as of the date of interest
   * @param by the characteristic to group by
   * @param benchmarkPercent each group's share of the benchmark population in percent (0..100), by
   *     group key ({@link GroupKeys}); a group of the benchmark with no learner in the cohort is
   *     listed with 0 learners
   * @param suppress whether to apply the small-number rule
   */
  public static Breakdown<RepresentationFigures> of(
      Collection<LearnerProfile> cohort,
      Characteristic by,
      Map<String, Double> benchmarkPercent,
      boolean suppress) {
    Objects.requireNonNull(by, "by");
    Map<String, Integer> counts = Breakdowns.groupsFor(by, () -> 0);
    for (LearnerProfile l : cohort) {
      counts.merge(GroupKeys.of(by, l), 1, Integer::sum);
    }
    benchmarkPercent.forEach(
        (k, v) -> {
          if (v == null || v < 0 || v > 100) {
            throw new IllegalArgumentException(
                "benchmark share of " + k + " must be between 0 and 100, was " + v);
          }
          counts.putIfAbsent(k, 0);
        });
    int n = cohort.size();
    Map<String, RepresentationFigures> groups = new TreeMap<>();
    counts.forEach((k, x) -> groups.put(k, figures(x, n, benchmarkPercent.get(k))));
    RepresentationFigures total =
        new RepresentationFigures(n, n, Rates.percent(n, n), null, null, null, null, null, false);
    return Breakdowns.assemble(by, total, groups, suppress);
  }

  /** The representation of {@code learners} out of {@code cohort} against a benchmark share. */
  public static RepresentationFigures figures(int learners, int cohort, Double benchmarkShare) {
    Double share = Rates.percent(learners, cohort);
    Double ratio =
        share == null || benchmarkShare == null || benchmarkShare == 0.0
            ? null
            : share / benchmarkShare;
    Double difference = share == null || benchmarkShare == null ? null : share - benchmarkShare;
    TestResult t =
        benchmarkShare == null
            ? null
            : Significance.againstBenchmark(learners, cohort, benchmarkShare / 100.0);
    return new RepresentationFigures(
        learners,
        cohort,
        share,
        benchmarkShare,
        ratio,
        difference,
        t == null ? null : t.test(),
        t == null ? null : t.pValue(),
        t != null && t.significant());
  }
}
