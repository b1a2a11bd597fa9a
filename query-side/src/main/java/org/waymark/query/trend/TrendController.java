package org.waymark.query.trend;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.progress.Assessment;
import org.waymark.analytics.progress.ProgressIndicators;
import org.waymark.analytics.review.Review;
import org.waymark.analytics.review.ReviewIndicators;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetIndicators;
import org.waymark.query.attendance.AttendanceReader;
import org.waymark.query.learner.Cohort;
import org.waymark.query.progress.AssessmentReader;
import org.waymark.query.review.ReviewReader;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModel;
import org.waymark.query.store.ReadModels;
import org.waymark.query.target.TargetReader;
import org.waymark.query.web.BreakdownJson;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.InvalidParameterException;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/trends/{indicator}?interval=week|month} with the common parameters (and {@code
 * area} for distance travelled): a weekly or monthly series of one indicator, each period computed
 * exactly as the indicator's own endpoint would compute it for that period (CONTRACT.md
 * "Definitions"), with the same {@code by} groups and suppression. Answer: {@code {indicator,
 * figure, interval, by, periods:[{from, to, total:{group, value, learners, suppressed},
 * groups:[…]}]}}.
 */
@RestController
class TrendController {
  /** Beyond this many periods a request is refused (two years of weeks). */
  static final int MAX_PERIODS = 106;

  private final Clock clock;
  private final Cohort cohort;
  private final AttendanceReader attendance;
  private final AssessmentReader assessments;
  private final TargetReader targets;
  private final ReviewReader reviews;
  private final ReviewPolicy policy;
  private final Answers answers;

  TrendController(
      Clock clock,
      Cohort cohort,
      AttendanceReader attendance,
      AssessmentReader assessments,
      TargetReader targets,
      ReviewReader reviews,
      ReviewPolicy policy,
      Answers answers) {
    this.answers = answers;
    this.clock = clock;
    this.cohort = cohort;
    this.attendance = attendance;
    this.assessments = assessments;
    this.targets = targets;
    this.reviews = reviews;
    this.policy = policy;
  }

  @GetMapping("/api/v1/trends/{indicator}")
  Map<String, Object> trend(
      @PathVariable String indicator, @RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    ReadModel source =
        TrendIndicator.fromPath(indicator)
            .map(
                t ->
                    switch (t) {
                      case ABSENCE_RATE, PERSISTENT_ABSENCE -> ReadModels.ATTENDANCE;
                      case DISTANCE_TRAVELLED -> ReadModels.ASSESSMENTS;
                      case TARGET_ACHIEVEMENT -> ReadModels.TARGETS;
                      case REVIEW_CURRENCY -> ReadModels.REVIEWS;
                    })
            .orElse(ReadModels.LEARNERS);
    return answers.get(
        "trend/" + indicator,
        raw,
        List.of(ReadModels.LEARNERS, source),
        () -> compute(indicator, raw));
  }

  private Map<String, Object> compute(String indicator, MultiValueMap<String, String> raw)
      throws IOException {
    TrendIndicator trend =
        TrendIndicator.fromPath(indicator)
            .orElseThrow(
                () ->
                    new InvalidParameterException(
                        "indicator",
                        indicator,
                        "must be one of "
                            + String.join(
                                ", ",
                                Arrays.stream(TrendIndicator.values())
                                    .map(TrendIndicator::path)
                                    .toList())));
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.period(p, clock);
    String interval = p.oneOf("interval", "month", List.of("week", "month"));
    String area = trend == TrendIndicator.DISTANCE_TRAVELLED ? p.requiredText("area") : null;
    p.validate();
    List<Period> periods =
        Period.split(
            q.from(),
            q.to(),
            "week".equals(interval) ? Period.Interval.WEEK : Period.Interval.MONTH);
    if (periods.size() > MAX_PERIODS) {
      throw new InvalidParameterException(
          "from",
          q.from().toString(),
          "the range holds "
              + periods.size()
              + " "
              + interval
              + "s; at most "
              + MAX_PERIODS
              + " are answered at once");
    }

    List<Map<String, Object>> series = new ArrayList<>();
    List<Assessment> assessed =
        trend == TrendIndicator.DISTANCE_TRAVELLED
            ? assessments.assessments(area, q.to(), q.asAt())
            : List.of();
    List<Target> allTargets =
        trend == TrendIndicator.TARGET_ACHIEVEMENT ? targets.targets(q.asAt()) : List.of();
    List<Review> allReviews =
        trend == TrendIndicator.REVIEW_CURRENCY ? reviews.reviews(q.asAt()) : List.of();
    for (Period period : periods) {
      List<LearnerProfile> profiles = cohort.profiles(q.asAt(), period.end(), q.providers());
      Breakdown<?> breakdown =
          switch (trend) {
            case ABSENCE_RATE, PERSISTENT_ABSENCE -> {
              Map<String, AttendanceCounts> counts =
                  attendance.countsByLearner(period.start(), period.end(), q.asAt());
              yield AttendanceIndicators.breakdown(profiles, counts, q.by(), q.suppress());
            }
            case DISTANCE_TRAVELLED ->
                ProgressIndicators.breakdown(
                        profiles, assessed, area, period.end(), q.by(), q.suppress())
                    .breakdown();
            case TARGET_ACHIEVEMENT ->
                TargetIndicators.breakdown(
                    profiles, allTargets, period.start(), period.end(), q.by(), q.suppress());
            case REVIEW_CURRENCY ->
                ReviewIndicators.breakdown(
                        profiles, allReviews, period.end(), policy, q.by(), q.suppress())
                    .breakdown();
          };
      series.add(point(period, breakdown, trend));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indicator", trend.path());
    out.put("figure", trend.figure());
    out.put("interval", interval);
    out.put("by", q.by() == null ? null : q.by().parameter());
    if (area != null) {
      out.put("area", area);
    }
    out.put("periods", series);
    return out;
  }

  private static Map<String, Object> point(
      Period period, Breakdown<?> breakdown, TrendIndicator trend) {
    List<String> fields = List.of(trend.learnersField(), trend.figure());
    Map<String, Object> flat = BreakdownJson.of(breakdown, fields);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", period.start().toString());
    out.put("to", period.end().toString());
    out.put("total", value(flat.get("total"), trend));
    List<Object> groups = new ArrayList<>();
    for (Object g : (List<?>) flat.get("groups")) {
      groups.add(value(g, trend));
    }
    out.put("groups", groups);
    return out;
  }

  /** {@code {group, value, learners, suppressed}} from a flattened row. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> value(Object row, TrendIndicator trend) {
    Map<String, Object> r = (Map<String, Object>) row;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("group", r.get("group"));
    out.put("value", r.get(trend.figure()));
    out.put("learners", r.get(trend.learnersField()));
    out.put("suppressed", r.get("suppressed"));
    return out;
  }
}
