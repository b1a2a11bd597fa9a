package org.waymark.query.watchlist;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.analytics.watchlist.FallingBehind;
import org.waymark.analytics.watchlist.FallingBehindCriteria;
import org.waymark.analytics.watchlist.Watchlist;
import org.waymark.query.attendance.AttendanceReader;
import org.waymark.query.learner.Cohort;
import org.waymark.query.review.ReviewReader;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModels;
import org.waymark.query.target.TargetReader;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/watchlist/falling-behind?at=DATE[&from=DATE][&provider=…][&asAt=…]
 * [&minimumAttendance=90][&missedInARow=2]}: the active learners falling behind at {@code at} (seed
 * 003: "some teachers are unaware of those falling behind until it is too late") — attendance under
 * the minimum over {@code from..at} (default: the academic year so far), targets missed in a row,
 * not on target at the last review, or review overdue — with the figures behind each flag, ordered
 * by learner id. Learner-level: for tutors and senior managers, never governors.
 */
@RestController
class FallingBehindController {
  private final Clock clock;
  private final Cohort cohort;
  private final AttendanceReader attendance;
  private final TargetReader targets;
  private final ReviewReader reviews;
  private final ReviewPolicy policy;
  private final Answers answers;

  FallingBehindController(
      Clock clock,
      Cohort cohort,
      AttendanceReader attendance,
      TargetReader targets,
      ReviewReader reviews,
      ReviewPolicy policy,
      Answers answers) {
    this.answers = answers;
    this.clock = clock;
    this.cohort = cohort;
    this.attendance = attendance;
    this.targets = targets;
    this.reviews = reviews;
    this.policy = policy;
  }

  @GetMapping("/api/v1/watchlist/falling-behind")
  Map<String, Object> fallingBehind(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    return answers.get(
        "falling-behind",
        raw,
        List.of(ReadModels.LEARNERS, ReadModels.ATTENDANCE, ReadModels.TARGETS, ReadModels.REVIEWS),
        () -> compute(raw));
  }

  private Map<String, Object> compute(MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    LocalDate at = p.date("at", LocalDate.now(clock));
    LocalDate from = p.date("from", at == null ? null : IndicatorQuery.academicYearStart(at));
    if (from != null && at != null && from.isAfter(at)) {
      p.problem("from", from.toString(), "must not be after at (" + at + ")");
    }
    List<String> providers = p.ids("provider");
    java.time.Instant asAt = p.instant("asAt");
    int minimum = p.integer("minimumAttendance", FallingBehindCriteria.DEFAULT_ATTENDANCE, 1, 100);
    int missed = p.integer("missedInARow", FallingBehindCriteria.DEFAULT_MISSED_IN_A_ROW, 1, 50);
    p.validate();

    FallingBehindCriteria criteria = new FallingBehindCriteria(minimum, missed);
    List<LearnerProfile> profiles = cohort.profiles(asAt, at, providers);
    List<FallingBehind> learners =
        Watchlist.fallingBehind(
            profiles,
            attendance.countsByLearner(from, at, asAt),
            targets.targets(asAt),
            reviews.reviews(asAt),
            at,
            policy,
            criteria);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", at.toString());
    out.put("from", from.toString());
    out.put("criteria", criteria);
    out.put("learners", learners);
    return out;
  }
}
