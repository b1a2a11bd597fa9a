package org.waymark.command.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.command.web.FieldReader;

/**
 * A wider-skills rating in its JSON form ({@code date, kind, ratedBy, independence, confidence,
 * selfEsteem, resilience, reason?}); the learner comes from the path.
 */
public final class WiderSkillsInput {
  static final int REASON_MAX = 500;

  private WiderSkillsInput() {}

  public static Set<String> fieldSet() {
    return Set.of(
        "date",
        "kind",
        "ratedBy",
        "independence",
        "confidence",
        "selfEsteem",
        "resilience",
        "reason");
  }

  public static RateWiderSkillsCommand read(String learnerId, FieldReader r, Clock clock) {
    LocalDate date = r.date("date");
    AssessmentKind kind = r.code("kind", AssessmentKind::valueOf, "BASELINE, PROGRESS, FINAL");
    WiderSkillsRater ratedBy = r.code("ratedBy", WiderSkillsRater::valueOf, "LEARNER, TUTOR");
    Integer independence = rating(r, "independence");
    Integer confidence = rating(r, "confidence");
    Integer selfEsteem = rating(r, "selfEsteem");
    Integer resilience = rating(r, "resilience");
    String reason = r.optionalText("reason", REASON_MAX);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject("date", "must not be in the future");
    }
    if (!r.valid()) {
      return null;
    }
    return new RateWiderSkillsCommand(
        RateWiderSkillsCommand.key(learnerId, date, kind, ratedBy),
        learnerId,
        date,
        kind,
        ratedBy,
        new WiderSkillsRatings(independence, confidence, selfEsteem, resilience),
        reason);
  }

  private static Integer rating(FieldReader r, String field) {
    return NumberFields.integer(r, field, WiderSkillsRatings.LOWEST, WiderSkillsRatings.HIGHEST);
  }
}
