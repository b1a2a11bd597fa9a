package org.waymark.command.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.behaviour.RecordBehaviourIncidentCommand;
import org.waymark.api.behaviour.RecordIncidentFollowUpCommand;
import org.waymark.api.behaviour.RecordRewardCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * The behaviour log: {@code POST /api/v1/behaviour/incidents}, {@code POST
 * /api/v1/behaviour/incidents/{id}/follow-ups} and {@code POST /api/v1/behaviour/rewards}.
 */
@RestController
@RequestMapping("/api/v1/behaviour")
class BehaviourController {
  private final CommandSender commands;
  private final Clock clock;

  BehaviourController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Log a behaviour incident",
      description =
          "Fields: incidentId, learnerId, occurredOn, category (BULLYING, CYBERBULLYING, DISRUPTION, VERBAL_ABUSE, PHYSICAL_AGGRESSION, DAMAGE_TO_PROPERTY, DISCRIMINATION, ONLINE_SAFETY, SUBSTANCE_MISUSE, LEAVING_SITE, OTHER), role (INSTIGATOR, TARGET, INVOLVED, WITNESS), severity (LOW, MEDIUM, HIGH), reportedBy, description; optional actionTaken. 409 for other details under an id already logged.")
  @PostMapping(path = "/incidents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> incident(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, BehaviourInput.incidentFieldSet());
    RecordBehaviourIncidentCommand command = BehaviourInput.incident(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/behaviour/incidents/" + command.incidentId()))
        .body(Map.of("incidentId", command.incidentId(), "position", position));
  }

  @Operation(
      summary = "Record the follow-up of an incident",
      description =
          "Fields: followedUpOn (not before the incident), followedUpBy, homeSchoolInformed (Y/N), parentsCarersInformed (Y/N), action. 404 for an incident never logged.")
  @PostMapping(
      path = "/incidents/{incidentId}/follow-ups",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> followUp(
      @PathVariable String incidentId, @RequestBody JsonNode body) {
    JsonNode withId = body;
    boolean mismatch = false;
    if (body instanceof ObjectNode object) {
      JsonNode given = object.get("incidentId");
      mismatch = given != null && given.isTextual() && !given.asText().equals(incidentId);
      ObjectNode copy = object.deepCopy();
      copy.put("incidentId", incidentId);
      withId = copy;
    }
    FieldReader reader = JsonFields.reader(withId, BehaviourInput.followUpFieldSet());
    if (mismatch) {
      reader.reject("incidentId", "must be the incident id of the path, " + incidentId);
    }
    RecordIncidentFollowUpCommand command = BehaviourInput.followUp(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/behaviour/incidents/" + incidentId))
        .body(Map.of("incidentId", incidentId, "position", position));
  }

  @Operation(
      summary = "Record a reward",
      description =
          "Fields: rewardId, learnerId, awardedOn, kind (PRAISE, POINTS, CERTIFICATE, POSTCARD_HOME, ACTIVITY, VOUCHER, OTHER), points (POINTS only, 1 or more), awardedBy, sharedWithHomeSchool (Y/N), reason.")
  @PostMapping(path = "/rewards", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> reward(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, BehaviourInput.rewardFieldSet());
    RecordRewardCommand command = BehaviourInput.reward(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/behaviour/rewards/" + command.rewardId()))
        .body(Map.of("rewardId", command.rewardId(), "position", position));
  }
}
