package org.waymark.analytics.progress;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.api.progress.AssessmentKind;

/**
 * One assessment score (CONTRACT.md assessments dataset: learner_id, area, date, kind, score).
 *
 * @param learnerId the learner
 * @param area the area assessed (English, maths, a vocational area...)
 * @param date the date of the assessment
 * @param kind BASELINE, PROGRESS or FINAL
 * @param score the score
 */
public record Assessment(
    String learnerId, String area, LocalDate date, AssessmentKind kind, double score) {
  public Assessment {
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be a finite number, was " + score);
    }
  }
}
