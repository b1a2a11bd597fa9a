package org.waymark.command.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.command.web.FieldReader;

/**
 * A SMART target: the targets columns of CONTRACT.md (target_id, learner_id, area, description,
 * set_on, due_on) in camelCase, plus, through the API, {@code measure}, {@code longTermTargetId}
 * and an amendment {@code reason}. Shared by {@code POST /api/v1/targets} and the targets import.
 */
public final class TargetInput {
  public static final List<String> COLUMNS =
      List.of("target_id", "learner_id", "area", "description", "set_on", "due_on");
  static final int AREA_MAX = 64;
  static final int DESCRIPTION_MAX = 1000;
  static final int REASON_MAX = 500;

  private TargetInput() {}

  public static Set<String> jsonFieldSet() {
    return Set.of(
        "targetId",
        "learnerId",
        "area",
        "description",
        "measure",
        "setOn",
        "dueOn",
        "longTermTargetId",
        "reason");
  }

  /**
   * @param contractColumnsOnly true for the import: measure and long-term target keep their
   *     recorded values
   */
  public static SetTargetCommand read(FieldReader r, boolean contractColumnsOnly) {
    String targetId = r.id("targetId");
    String learnerId = r.id("learnerId");
    String area = r.text("area", AREA_MAX);
    String description = r.multilineText("description", DESCRIPTION_MAX);
    String measure = r.optionalText("measure", DESCRIPTION_MAX);
    LocalDate setOn = r.date("setOn");
    LocalDate dueOn = r.date("dueOn");
    String longTermTargetId = r.optionalText("longTermTargetId", 64);
    String reason = r.optionalText("reason", REASON_MAX);
    if (longTermTargetId != null && !FieldReader.isId(longTermTargetId)) {
      r.reject("longTermTargetId", "must match [A-Za-z0-9._-]{1,64}");
    }
    if (setOn != null && dueOn != null && dueOn.isBefore(setOn)) {
      r.reject("dueOn", "must not be before setOn");
    }
    if (!r.valid()) {
      return null;
    }
    return new SetTargetCommand(
        targetId,
        learnerId,
        area,
        description,
        measure,
        setOn,
        dueOn,
        longTermTargetId,
        contractColumnsOnly,
        reason);
  }
}
