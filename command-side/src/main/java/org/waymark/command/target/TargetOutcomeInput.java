package org.waymark.command.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.TargetOutcome;
import org.waymark.command.web.FieldReader;

/**
 * An outcome: the target_outcomes columns of CONTRACT.md (target_id, date, outcome, new_due_on?) in
 * camelCase, plus, through the API, a {@code note} and an amendment {@code reason}.
 */
public final class TargetOutcomeInput {
  public static final List<String> COLUMNS = List.of("target_id", "date", "outcome");
  public static final List<String> OPTIONAL_COLUMNS = List.of("new_due_on");
  static final String OUTCOMES = "MET, PARTIALLY_MET, NOT_MET, CARRIED_FORWARD, WITHDRAWN";
  static final int NOTE_MAX = 1000;

  private TargetOutcomeInput() {}

  /** The JSON fields; the target id is in the path, and may be repeated in the body. */
  public static Set<String> jsonFieldSet() {
    return Set.of("targetId", "date", "outcome", "newDueOn", "note", "reason");
  }

  public static RecordTargetOutcomeCommand read(FieldReader r, Clock clock) {
    String targetId = r.id("targetId");
    LocalDate date = r.date("date");
    TargetOutcome outcome = r.code("outcome", TargetOutcome::valueOf, OUTCOMES);
    String newDueOnGiven = r.optionalText("newDueOn", 64);
    LocalDate newDueOn = newDueOnGiven == null ? null : r.date("newDueOn");
    String note = r.optionalText("note", NOTE_MAX);
    String reason = r.optionalText("reason", TargetInput.REASON_MAX);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject("date", "must not be in the future");
    }
    if (outcome == TargetOutcome.CARRIED_FORWARD && newDueOnGiven == null) {
      r.reject("newDueOn", "is required for CARRIED_FORWARD");
    }
    if (outcome != null && outcome != TargetOutcome.CARRIED_FORWARD && newDueOn != null) {
      r.reject("newDueOn", "is only for CARRIED_FORWARD, not " + outcome);
    }
    if (!r.valid()) {
      return null;
    }
    return new RecordTargetOutcomeCommand(targetId, date, outcome, newDueOn, note, reason);
  }
}
