package org.waymark.command.behaviour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.IncidentRole;
import org.waymark.api.behaviour.IncidentSeverity;
import org.waymark.api.behaviour.RecordBehaviourIncidentCommand;
import org.waymark.api.behaviour.RecordIncidentFollowUpCommand;
import org.waymark.api.behaviour.RecordRewardCommand;
import org.waymark.api.behaviour.RewardKind;
import org.waymark.command.progress.NumberFields;
import org.waymark.command.web.FieldReader;

/**
 * The JSON forms of the behaviour log (seed 002, theme six): incidents, their follow-ups, and
 * rewards. Codes are upper-case names; dates are not in the future.
 */
public final class BehaviourInput {
  static final int NAME_MAX = 100;
  static final int TEXT_MAX = 4000;
  static final int POINTS_MAX = 10_000;

  private BehaviourInput() {}

  public static Set<String> incidentFieldSet() {
    return Set.of(
        "incidentId",
        "learnerId",
        "occurredOn",
        "category",
        "role",
        "severity",
        "reportedBy",
        "description",
        "actionTaken");
  }

  public static Set<String> followUpFieldSet() {
    return Set.of(
        "incidentId",
        "followedUpOn",
        "followedUpBy",
        "homeSchoolInformed",
        "parentsCarersInformed",
        "action");
  }

  public static Set<String> rewardFieldSet() {
    return Set.of(
        "rewardId",
        "learnerId",
        "awardedOn",
        "kind",
        "points",
        "awardedBy",
        "sharedWithHomeSchool",
        "reason");
  }

  public static RecordBehaviourIncidentCommand incident(FieldReader r, Clock clock) {
    String incidentId = r.id("incidentId");
    String learnerId = r.id("learnerId");
    LocalDate occurredOn = notInFuture(r, "occurredOn", clock);
    IncidentCategory category =
        r.code("category", IncidentCategory::valueOf, names(IncidentCategory.values()));
    IncidentRole role = r.code("role", IncidentRole::valueOf, names(IncidentRole.values()));
    IncidentSeverity severity =
        r.code("severity", IncidentSeverity::valueOf, names(IncidentSeverity.values()));
    String reportedBy = r.text("reportedBy", NAME_MAX);
    String description = r.multilineText("description", TEXT_MAX);
    String actionTaken = r.optionalMultilineText("actionTaken", TEXT_MAX);
    if (!r.valid()) {
      return null;
    }
    return new RecordBehaviourIncidentCommand(
        incidentId,
        learnerId,
        occurredOn,
        category,
        role,
        severity,
        reportedBy,
        description,
        actionTaken);
  }

  public static RecordIncidentFollowUpCommand followUp(FieldReader r, Clock clock) {
    String incidentId = r.id("incidentId");
    LocalDate followedUpOn = notInFuture(r, "followedUpOn", clock);
    String followedUpBy = r.text("followedUpBy", NAME_MAX);
    boolean homeSchoolInformed = r.yesNo("homeSchoolInformed");
    boolean parentsCarersInformed = r.yesNo("parentsCarersInformed");
    String action = r.multilineText("action", TEXT_MAX);
    if (!r.valid()) {
      return null;
    }
    return new RecordIncidentFollowUpCommand(
        incidentId, followedUpOn, followedUpBy, homeSchoolInformed, parentsCarersInformed, action);
  }

  public static RecordRewardCommand reward(FieldReader r, Clock clock) {
    String rewardId = r.id("rewardId");
    String learnerId = r.id("learnerId");
    LocalDate awardedOn = notInFuture(r, "awardedOn", clock);
    RewardKind kind = r.code("kind", RewardKind::valueOf, names(RewardKind.values()));
    Integer points = NumberFields.optionalInteger(r, "points", 1, POINTS_MAX);
    String awardedBy = r.text("awardedBy", NAME_MAX);
    boolean shared = r.yesNo("sharedWithHomeSchool");
    String reason = r.text("reason", TEXT_MAX);
    if (kind == RewardKind.POINTS && points == null && r.optionalText("points", 32) == null) {
      r.reject("points", "is required for POINTS");
    }
    if (kind != null && kind != RewardKind.POINTS && points != null) {
      r.reject("points", "is only for POINTS");
    }
    if (!r.valid()) {
      return null;
    }
    return new RecordRewardCommand(
        rewardId, learnerId, awardedOn, kind, points, awardedBy, shared, reason);
  }

  private static LocalDate notInFuture(FieldReader r, String field, Clock clock) {
    LocalDate d = r.date(field);
    if (d != null && d.isAfter(LocalDate.now(clock))) {
      r.reject(field, "must not be in the future");
    }
    return d;
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
