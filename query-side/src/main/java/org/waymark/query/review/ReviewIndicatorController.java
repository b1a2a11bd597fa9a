package org.waymark.query.review;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.access.WaymarkUser;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.review.ReviewBreakdown;
import org.waymark.analytics.review.ReviewIndicators;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.query.learner.Cohort;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.BreakdownJson;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/indicators/reviews?at=DATE} (CONTRACT.md "Queries"): review currency at {@code
 * at} (default today) by {@link ReviewIndicators#breakdown}, following CONTRACT.md "Definitions",
 * "Reviews" (current when the latest review is no more than the window, 42 days unless the provider
 * has its own, before {@code at}) and "Scope and group membership", "Reviews at date {@code at}"
 * (active learners are those enrolled on or before {@code at} who have not left; {@code overdue}
 * lists the active learners who are not review-current, by learner id). Characteristics are those
 * in effect on {@code at}; everything as the event history stood at {@code asAt}.
 */
@RestController
class ReviewIndicatorController {
  static final List<String> FIELDS = List.of("active", "current", "reviewCurrency");

  private final Cohort cohort;
  private final ReviewReader reviews;
  private final ReviewPolicy policy;
  private final Clock clock;
  private final Answers answers;

  ReviewIndicatorController(
      Cohort cohort, ReviewReader reviews, ReviewPolicy policy, Clock clock, Answers answers) {
    this.cohort = cohort;
    this.reviews = reviews;
    this.policy = policy;
    this.clock = clock;
    this.answers = answers;
  }

  @GetMapping("/api/v1/indicators/reviews")
  Map<String, Object> reviews(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    Map<String, Object> answer =
        answers.get(
            "reviews", raw, List.of(ReadModels.LEARNERS, ReadModels.REVIEWS), () -> compute(raw));
    // Governors receive aggregates only: never a learner id (issue 7). Applied to a copy after
    // the kept answer, which is the same for every caller of these parameters.
    if (WaymarkUser.current().map(WaymarkUser::aggregatesOnly).orElse(false)) {
      Map<String, Object> governors = new java.util.LinkedHashMap<>(answer);
      Object overdue = governors.remove("overdue");
      governors.put("overdueCount", overdue instanceof List<?> l ? l.size() : 0);
      return governors;
    }
    return answer;
  }

  private Map<String, Object> compute(MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.at(p, clock);
    p.validate();
    List<LearnerProfile> learners = cohort.profiles(q.asAt(), q.to(), q.providers());
    ReviewBreakdown b =
        ReviewIndicators.breakdown(
            learners, reviews.reviews(q.asAt()), q.to(), policy, q.by(), q.suppress());
    Map<String, Object> out = BreakdownJson.of(b.breakdown(), FIELDS);
    out.put("overdue", b.overdue());
    return out;
  }
}
