package org.waymark.query.attendance;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.query.learner.Cohort;
import org.waymark.query.store.Answers;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.BreakdownJson;
import org.waymark.query.web.IndicatorQuery;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/indicators/attendance} (CONTRACT.md "Queries"): the attendance of the learners
 * in scope over {@code from}..{@code to}, as the history stood at {@code asAt}, computed by {@link
 * AttendanceIndicators#breakdown} (CONTRACT.md "Definitions", attendance; "Small numbers"; "Scope
 * and group membership": marks dated from {@code from} to {@code to} inclusive, characteristics in
 * effect on {@code to}, a group's {@code learners} are those with possible &gt; 0).
 */
@RestController
class AttendanceIndicatorController {
  /** The figures of a row, named and ordered as CONTRACT.md lists them. */
  static final List<String> FIELDS =
      List.of(
          "learners",
          "possible",
          "present",
          "approved",
          "authorised",
          "unauthorised",
          "absenceRate",
          "authorisedRate",
          "unauthorisedRate",
          "persistentAbsentees",
          "persistentAbsenceRate",
          "severeAbsentees",
          "severeAbsenceRate",
          "late");

  private final Cohort cohort;
  private final AttendanceReader reader;
  private final Clock clock;
  private final Answers answers;

  AttendanceIndicatorController(
      Cohort cohort, AttendanceReader reader, Clock clock, Answers answers) {
    this.cohort = cohort;
    this.reader = reader;
    this.clock = clock;
    this.answers = answers;
  }

  @GetMapping("/api/v1/indicators/attendance")
  Map<String, Object> attendance(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    return answers.get(
        "attendance", raw, List.of(ReadModels.LEARNERS, ReadModels.ATTENDANCE), () -> compute(raw));
  }

  private Map<String, Object> compute(MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    IndicatorQuery q = IndicatorQuery.period(p, clock);
    p.validate();
    List<LearnerProfile> learners = cohort.profiles(q.asAt(), q.to(), q.providers());
    Map<String, AttendanceCounts> counts = reader.countsByLearner(q.from(), q.to(), q.asAt());
    return BreakdownJson.of(
        AttendanceIndicators.breakdown(learners, counts, q.by(), q.suppress()), FIELDS);
  }
}
