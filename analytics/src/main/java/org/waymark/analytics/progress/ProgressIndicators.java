package org.waymark.analytics.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waymark.analytics.Rates;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.Breakdowns;
import org.waymark.analytics.breakdown.GroupKeys;
import org.waymark.analytics.equality.Significance;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.query.Characteristic;

/**
 * The progress indicators of CONTRACT.md "Definitions" ("Progress", "Disadvantage gap index") and
 * "Scope and group membership" ("Progress"): baseline, latest, distance travelled, value added
 * against baseline bands, group means and gaps, and the DfE disadvantage gap index.
 */
public final class ProgressIndicators {
  private ProgressIndicators() {}

  /**
   * Baseline, latest and distance travelled of every learner with an assessment in {@code area}
   * dated on or before {@code to}, by learner id.
   *
   * <p>Baseline = earliest BASELINE score; latest = score of the most recent PROGRESS or FINAL
   * assessment, FINAL winning over PROGRESS on the same date; distance travelled = latest −
   * baseline when both exist. Learner, area, date and kind are an assessment's natural key, so two
   * cannot tie on all four; should they, the one given first counts.
   */
  public static Map<String, LearnerProgress> progressByLearner(
      Iterable<Assessment> assessments, String area, LocalDate to) {
    Map<String, Assessment[]> firstAndLatest = new HashMap<>();
    for (Assessment a : assessments) {
      if (!a.area().equals(area) || a.date().isAfter(to)) {
        continue;
      }
      Assessment[] slot = firstAndLatest.computeIfAbsent(a.learnerId(), k -> new Assessment[2]);
      if (a.kind() == AssessmentKind.BASELINE) {
        Assessment b = slot[0];
        if (b == null || a.date().isBefore(b.date())) {
          slot[0] = a;
        }
      } else {
        Assessment l = slot[1];
        if (l == null || isLater(a, l)) {
          slot[1] = a;
        }
      }
    }
    Map<String, LearnerProgress> out = new HashMap<>(firstAndLatest.size() * 2);
    firstAndLatest.forEach((id, s) -> out.put(id, progress(id, area, s[0], s[1])));
    return out;
  }

  /**
   * One learner's progress in {@code area} from their assessments dated on or before {@code to}.
   */
  public static LearnerProgress forLearner(
      String learnerId, String area, Iterable<Assessment> assessments, LocalDate to) {
    List<Assessment> mine = new ArrayList<>();
    assessments.forEach(
        a -> {
          if (a.learnerId().equals(learnerId)) {
            mine.add(a);
          }
        });
    LearnerProgress p = progressByLearner(mine, area, to).get(learnerId);
    return p != null ? p : progress(learnerId, area, null, null);
  }

  private static boolean isLater(Assessment a, Assessment than) {
    int byDate = a.date().compareTo(than.date());
    return byDate > 0
        || (byDate == 0 && a.kind() == AssessmentKind.FINAL && than.kind() != AssessmentKind.FINAL);
  }

  private static LearnerProgress progress(
      String id, String area, Assessment baseline, Assessment latest) {
    Double b = baseline == null ? null : baseline.score();
    Double l = latest == null ? null : latest.score();
    return new LearnerProgress(
        id,
        area,
        b,
        baseline == null ? null : baseline.date(),
        l,
        latest == null ? null : latest.date(),
        latest == null ? null : latest.kind(),
        b != null && l != null ? l - b : null);
  }

  /**
   * Value added of every learner with a defined distance travelled (CONTRACT.md: distance travelled
   * − the mean distance travelled of all learners in scope with the same baseline band, band =
   * ⌊baseline⌋). Pass every learner in scope: the bands are taken over all of them.
   *
   * @return one entry per learner with a defined distance travelled, ordered by learner id
   */
  public static List<LearnerValueAdded> valueAdded(Collection<LearnerProgress> inScope) {
    Map<Long, double[]> bands = new HashMap<>();
    List<LearnerProgress> defined = new ArrayList<>();
    for (LearnerProgress p : inScope) {
      if (p.distanceTravelled() != null) {
        defined.add(p);
        addToBand(bands, p);
      }
    }
    defined.sort(Comparator.comparing(LearnerProgress::learnerId));
    List<LearnerValueAdded> out = new ArrayList<>(defined.size());
    for (LearnerProgress p : defined) {
      out.add(valueAdded(bands, p));
    }
    return out;
  }

  /** Adds a learner with a defined distance travelled to its band's count and sum. */
  private static void addToBand(Map<Long, double[]> bands, LearnerProgress p) {
    double[] b = bands.computeIfAbsent(p.baselineBand(), k -> new double[2]);
    b[0] += 1;
    b[1] += p.distanceTravelled();
  }

  /** Distance travelled − the mean distance travelled of the learner's baseline band. */
  private static LearnerValueAdded valueAdded(Map<Long, double[]> bands, LearnerProgress p) {
    double[] b = bands.get(p.baselineBand());
    double mean = b[1] / b[0];
    return new LearnerValueAdded(
        p, p.baselineBand(), (int) b[0], mean, p.distanceTravelled() - mean);
  }

  /**
   * The disadvantage gap index (CONTRACT.md "Definitions"; DfE KS4 disadvantage gap index
   * methodology): rank all N learners by score ascending, ties taking the mean of their ranks; GI =
   * 20 × (mean rank of non-disadvantaged − mean rank of disadvantaged) / N; defined when both
   * groups are non-empty.
   *
   * @param suppress when true and either group has fewer than 5 learners, the figures are hidden
   */
  public static GapIndex disadvantageGapIndex(List<RankedScore> scores, boolean suppress) {
    Scores disadvantaged = new Scores();
    Scores others = new Scores();
    for (RankedScore r : scores) {
      (r.disadvantaged() ? disadvantaged : others).add(r.score());
    }
    return gapIndex(disadvantaged, others, suppress);
  }

  /**
   * Ranks both groups' scores together without building a merged list: each sorted on its own, then
   * walked in step; a run of equal scores across both takes the mean of its ranks.
   */
  private static GapIndex gapIndex(Scores disadvantaged, Scores others, boolean suppress) {
    double[] d = disadvantaged.sorted();
    double[] o = others.sorted();
    int dis = d.length;
    int non = o.length;
    int n = dis + non;
    if (suppress && (dis < Breakdowns.MINIMUM_LEARNERS || non < Breakdowns.MINIMUM_LEARNERS)) {
      return new GapIndex(n, null, null, null, null, null, null, null, true);
    }
    double sumDis = 0;
    double sumNon = 0;
    long ranked = 0;
    int i = 0;
    int j = 0;
    while (i < dis || j < non) {
      double v = i == dis ? o[j] : j == non ? d[i] : Math.min(d[i], o[j]);
      int cd = 0;
      while (i < dis && d[i] == v) {
        i++;
        cd++;
      }
      int co = 0;
      while (j < non && o[j] == v) {
        j++;
        co++;
      }
      double rank = ranked + (1 + cd + co) / 2.0; // mean of ranks ranked+1 .. ranked+cd+co
      sumDis += cd * rank;
      sumNon += co * rank;
      ranked += cd + co;
    }
    Double meanDis = Rates.mean(sumDis, dis);
    Double meanNon = Rates.mean(sumNon, non);
    Double index = meanDis == null || meanNon == null ? null : 20.0 * (meanNon - meanDis) / n;
    return new GapIndex(n, dis, non, sumDis, sumNon, meanDis, meanNon, index, false);
  }

  /** A growable array of scores. */
  private static final class Scores {
    double[] values = new double[64];
    int size;

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    double[] sorted() {
      double[] out = Arrays.copyOf(values, size);
      Arrays.sort(out);
      return out;
    }
  }

  /**
   * The progress breakdown of {@code GET /api/v1/indicators/progress?area=…} (CONTRACT.md "Queries"
   * and "Scope and group membership": assessments dated on or before {@code to} for the area; a
   * group's {@code learners} are those with a defined distance travelled and every mean is over
   * exactly them; {@code gap} = the group's mean distance travelled − the mean of all other
   * learners in scope; value-added bands use every learner in scope with a defined distance
   * travelled and the gap index ranks every learner in scope with a latest score, whatever {@code
   * by} is).
   *
   * @param cohort the learners in scope, with their characteristics as of {@code to}
   * @param assessments assessments of (at least) the cohort; others are ignored
   * @param area the area
   * @param to the last date of the period
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule
   * @return the breakdown; every key of a fixed domain and every key held by a learner of the
   *     cohort is listed, an empty group with 0 learners
   */
  public static ProgressBreakdown breakdown(
      Collection<LearnerProfile> cohort,
      Iterable<Assessment> assessments,
      String area,
      LocalDate to,
      Characteristic by,
      boolean suppress) {
    return breakdown(cohort, area, progressByLearner(assessments, area, to), by, suppress);
  }

  /**
   * The same breakdown from each learner's baseline and latest score already worked out (e.g. kept
   * by a projection as assessments arrive, with {@link #progressByLearner}), so the query path only
   * groups.
   *
   * @param cohort the learners in scope, with their characteristics as of {@code to}
   * @param area the area
   * @param all each learner's progress in the area as of {@code to}, by learner id
   * @param by the characteristic to group by, or {@code null} for the total only
   * @param suppress whether to apply the small-number rule
   */
  public static ProgressBreakdown breakdown(
      Collection<LearnerProfile> cohort,
      String area,
      Map<String, LearnerProgress> all,
      Characteristic by,
      boolean suppress) {
    // Pass 1: who is in scope, the value-added bands and the scores to rank.
    List<LearnerProfile> withDistance = new ArrayList<>();
    List<LearnerProgress> distances = new ArrayList<>();
    Map<Long, double[]> bands = new HashMap<>();
    Scores disadvantaged = new Scores();
    Scores others = new Scores();
    for (LearnerProfile l : cohort) {
      LearnerProgress p = all.get(l.learnerId());
      if (p == null) {
        continue;
      }
      if (p.latest() != null) {
        (l.disadvantaged() ? disadvantaged : others).add(p.latest());
      }
      if (p.distanceTravelled() != null) {
        withDistance.add(l);
        distances.add(p);
        addToBand(bands, p);
      }
    }
    // Pass 2: value added, and the sums of the total and of each group.
    Sums total = new Sums();
    Map<String, Sums> groups = Breakdowns.groupsFor(by, Sums::new);
    if (by != null) {
      cohort.forEach(l -> groups.computeIfAbsent(GroupKeys.of(by, l), k -> new Sums()));
    }
    List<LearnerValueAdded> valueAdded = new ArrayList<>(distances.size());
    for (int i = 0; i < distances.size(); i++) {
      LearnerValueAdded v = valueAdded(bands, distances.get(i));
      valueAdded.add(v);
      total.add(v);
      if (by != null) {
        groups.get(GroupKeys.of(by, withDistance.get(i))).add(v);
      }
    }
    valueAdded.sort(Comparator.comparing(v -> v.progress().learnerId()));
    Map<String, ProgressFigures> figures = new HashMap<>();
    groups.forEach((key, s) -> figures.put(key, s.figures(total)));
    Breakdown<ProgressFigures> breakdown =
        Breakdowns.assemble(by, total.figures(null), figures, suppress);
    return new ProgressBreakdown(
        area, breakdown, gapIndex(disadvantaged, others, suppress), valueAdded);
  }

  private static final class Sums {
    int learners;
    double baseline;
    double latest;
    double distance;
    double distanceSquares;
    double valueAdded;

    void add(LearnerValueAdded v) {
      learners++;
      baseline += v.progress().baseline();
      latest += v.progress().latest();
      distance += v.progress().distanceTravelled();
      distanceSquares += v.progress().distanceTravelled() * v.progress().distanceTravelled();
      valueAdded += v.valueAdded();
    }

    /** This group's figures; {@code total} null for the total row itself (no gap). */
    ProgressFigures figures(Sums total) {
      Double mean = Rates.mean(distance, learners);
      int others = total == null ? 0 : total.learners - learners;
      Double otherMean = total == null ? null : Rates.mean(total.distance - distance, others);
      return new ProgressFigures(
          learners,
          Rates.mean(baseline, learners),
          Rates.mean(latest, learners),
          mean,
          Rates.mean(valueAdded, learners),
          mean == null || otherMean == null ? null : mean - otherMean,
          baseline,
          latest,
          distance,
          valueAdded,
          others,
          otherMean,
          distanceSquares,
          total == null
              ? null
              : Significance.compareMeans(
                  "distanceTravelled",
                  learners,
                  distance,
                  distanceSquares,
                  others,
                  total.distance - distance,
                  total.distanceSquares - distanceSquares));
    }
  }
}
