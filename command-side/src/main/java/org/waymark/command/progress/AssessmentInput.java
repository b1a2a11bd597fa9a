package org.waymark.command.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.command.web.FieldReader;

/**
 * The assessments columns of CONTRACT.md (learner_id, area, date, kind, score) in camelCase,
 * validated into a {@link RecordAssessmentCommand}; the JSON endpoint also takes a {@code reason}
 * for an amendment. Shared by {@code POST /api/v1/assessments} and the assessments import.
 */
public final class AssessmentInput {
  public static final List<String> COLUMNS = List.of("learner_id", "area", "date", "kind", "score");
  static final int AREA_MAX = 64;
  static final int REASON_MAX = 500;

  private AssessmentInput() {}

  /** The JSON fields: the dataset's columns and an optional reason. */
  public static Set<String> jsonFieldSet() {
    return Set.of("learnerId", "area", "date", "kind", "score", "reason");
  }

  /** Reads every field, recording each problem; the command, or null when any field is bad. */
  public static RecordAssessmentCommand read(FieldReader r, Clock clock) {
    String learnerId = r.id("learnerId");
    String area = r.text("area", AREA_MAX);
    LocalDate date = r.date("date");
    AssessmentKind kind = r.code("kind", AssessmentKind::valueOf, "BASELINE, PROGRESS, FINAL");
    Double score = NumberFields.decimal(r, "score");
    String reason = r.optionalText("reason", REASON_MAX);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject("date", "must not be in the future");
    }
    if (!r.valid()) {
      return null;
    }
    return new RecordAssessmentCommand(
        RecordAssessmentCommand.key(learnerId, area, date, kind),
        learnerId,
        area,
        date,
        kind,
        score,
        reason);
  }
}
