package org.waymark.command.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.api.plan.AgreeLearningPlanCommand;
import org.waymark.api.plan.IdentifyLearningNeedsCommand;
import org.waymark.api.plan.RecordLearningLogEntryCommand;
import org.waymark.api.plan.ReviseLearningPlanCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * The fields of the learning-plan requests, validated into commands. The learner id comes from the
 * path; the plan's lists (long-term targets, qualifications, work placements) are JSON arrays of
 * strings, each element checked and named by index ({@code longTermTargets[1]}).
 */
public final class PlanInput {
  public static final List<String> NEEDS_FIELDS =
      List.of(
          "identifiedOn",
          "english",
          "maths",
          "ict",
          "personalAndSocial",
          "vocational",
          "supportNeeds",
          "learningDifficulties",
          "preferredWaysOfLearning",
          "careersGuidanceNeeds");
  public static final List<String> PLAN_FIELDS =
      List.of(
          "agreedOn",
          "progressionAspiration",
          "longTermTargets",
          "qualifications",
          "plannedWorkPlacements",
          "support");
  public static final List<String> REVISION_FIELDS =
      List.of(
          "revisedOn",
          "progressionAspiration",
          "longTermTargets",
          "qualifications",
          "plannedWorkPlacements",
          "support",
          "reason");
  public static final List<String> LOG_FIELDS =
      List.of(
          "entryId",
          "writtenOn",
          "whatILearned",
          "howILearned",
          "whatWentWell",
          "whatWasDifficult");

  static final List<String> LIST_FIELDS =
      List.of("longTermTargets", "qualifications", "plannedWorkPlacements");
  static final int TEXT_MAX = 2000;
  static final int LOG_TEXT_MAX = 4000;
  static final int ITEM_MAX = 500;
  static final int ITEMS_MAX = 50;
  static final int REASON_MAX = 500;

  private PlanInput() {}

  /** A request: its scalar fields in a reader, and its list fields read apart. */
  record Request(FieldReader reader, Map<String, List<String>> lists) {}

  static Request request(JsonNode body, List<String> fields, String learnerId) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    JsonNode scalars = body;
    ObjectNode copy = body != null && body.isObject() ? ((ObjectNode) body).deepCopy() : null;
    for (String field : LIST_FIELDS) {
      if (fields.contains(field)) {
        lists.put(field, copy == null ? List.of() : list(copy.remove(field), field, problems));
      }
    }
    if (copy != null) {
      scalars = copy;
    }
    Map<String, String> values = JsonFields.scalars(scalars, problems);
    if (values.containsKey("learnerId")) {
      problems.add(
          new FieldProblem(
              "learnerId",
              values.get("learnerId"),
              "is given in the path; leave it out of the body"));
    }
    values.put("learnerId", learnerId);
    Set<String> known = new HashSet<>(fields);
    known.add("learnerId");
    return new Request(new FieldReader(values, known, problems), lists);
  }

  /** A JSON array of non-blank strings; absent or null is an empty list. */
  static List<String> list(JsonNode node, String field, List<FieldProblem> problems) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(new FieldProblem(field, node.toString(), "must be a list of strings"));
      return List.of();
    }
    if (node.size() > ITEMS_MAX) {
      problems.add(new FieldProblem(field, null, "must have at most " + ITEMS_MAX + " items"));
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String name = field + "[" + i + "]";
      if (!item.isTextual() || item.asText().isBlank()) {
        problems.add(new FieldProblem(name, item.toString(), "must be a non-blank string"));
      } else if (item.asText().strip().length() > ITEM_MAX) {
        problems.add(
            new FieldProblem(name, item.asText(), "must be at most " + ITEM_MAX + " characters"));
      } else if (item.asText().chars().anyMatch(Character::isISOControl)) {
        problems.add(new FieldProblem(name, item.asText(), "must not contain control characters"));
      } else {
        items.add(item.asText().strip());
      }
    }
    return List.copyOf(items);
  }

  public static IdentifyLearningNeedsCommand needs(JsonNode body, String learnerId, Clock clock) {
    FieldReader r = request(body, NEEDS_FIELDS, learnerId).reader();
    String id = r.id("learnerId");
    LocalDate identifiedOn = notInFuture(r, "identifiedOn", clock);
    String english = r.text("english", TEXT_MAX);
    String maths = r.text("maths", TEXT_MAX);
    String ict = r.text("ict", TEXT_MAX);
    String personalAndSocial = r.text("personalAndSocial", TEXT_MAX);
    String vocational = r.text("vocational", TEXT_MAX);
    String supportNeeds = r.optionalMultilineText("supportNeeds", TEXT_MAX);
    String learningDifficulties = r.optionalMultilineText("learningDifficulties", TEXT_MAX);
    String preferred = r.optionalText("preferredWaysOfLearning", TEXT_MAX);
    String careers = r.optionalText("careersGuidanceNeeds", TEXT_MAX);
    r.throwIfInvalid();
    return new IdentifyLearningNeedsCommand(
        id,
        identifiedOn,
        english,
        maths,
        ict,
        personalAndSocial,
        vocational,
        supportNeeds,
        learningDifficulties,
        preferred,
        careers);
  }

  public static AgreeLearningPlanCommand agreement(JsonNode body, String learnerId, Clock clock) {
    Request req = request(body, PLAN_FIELDS, learnerId);
    FieldReader r = req.reader();
    String id = r.id("learnerId");
    LocalDate agreedOn = notInFuture(r, "agreedOn", clock);
    String aspiration = r.multilineText("progressionAspiration", TEXT_MAX);
    String support = r.optionalMultilineText("support", TEXT_MAX);
    List<String> targets = req.lists().get("longTermTargets");
    if (targets.isEmpty() && noProblemFor(r, "longTermTargets")) {
      r.reject("longTermTargets", "must name at least one long-term target");
    }
    r.throwIfInvalid();
    return new AgreeLearningPlanCommand(
        id,
        agreedOn,
        aspiration,
        targets,
        req.lists().get("qualifications"),
        req.lists().get("plannedWorkPlacements"),
        support);
  }

  public static ReviseLearningPlanCommand revision(JsonNode body, String learnerId, Clock clock) {
    Request req = request(body, REVISION_FIELDS, learnerId);
    FieldReader r = req.reader();
    String id = r.id("learnerId");
    LocalDate revisedOn = notInFuture(r, "revisedOn", clock);
    String aspiration = r.multilineText("progressionAspiration", TEXT_MAX);
    String support = r.optionalMultilineText("support", TEXT_MAX);
    String reason = r.text("reason", REASON_MAX);
    List<String> targets = req.lists().get("longTermTargets");
    if (targets.isEmpty() && noProblemFor(r, "longTermTargets")) {
      r.reject("longTermTargets", "must name at least one long-term target");
    }
    r.throwIfInvalid();
    return new ReviseLearningPlanCommand(
        id,
        revisedOn,
        aspiration,
        targets,
        req.lists().get("qualifications"),
        req.lists().get("plannedWorkPlacements"),
        support,
        reason);
  }

  public static RecordLearningLogEntryCommand logEntry(
      JsonNode body, String learnerId, Clock clock) {
    FieldReader r = request(body, LOG_FIELDS, learnerId).reader();
    String id = r.id("learnerId");
    String entryId = r.id("entryId");
    LocalDate writtenOn = notInFuture(r, "writtenOn", clock);
    String learned = r.multilineText("whatILearned", LOG_TEXT_MAX);
    String how = r.optionalMultilineText("howILearned", LOG_TEXT_MAX);
    String well = r.optionalMultilineText("whatWentWell", LOG_TEXT_MAX);
    String difficult = r.optionalMultilineText("whatWasDifficult", LOG_TEXT_MAX);
    r.throwIfInvalid();
    return new RecordLearningLogEntryCommand(id, entryId, writtenOn, learned, how, well, difficult);
  }

  /** True when no problem names {@code field} or one of its elements yet. */
  private static boolean noProblemFor(FieldReader r, String field) {
    return r.problems().stream().noneMatch(p -> p.field().startsWith(field));
  }

  private static LocalDate notInFuture(FieldReader r, String field, Clock clock) {
    LocalDate date = r.date(field);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject(field, "must not be in the future");
      return null;
    }
    return date;
  }
}
