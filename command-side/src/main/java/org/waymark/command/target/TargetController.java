package org.waymark.command.target;

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
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * {@code POST /api/v1/targets} sets (or amends) a SMART target; {@code POST
 * /api/v1/targets/{id}/outcomes} records (or amends) an outcome: 409 for a second final outcome,
 * 404 for a target never set.
 */
@RestController
@RequestMapping("/api/v1/targets")
class TargetController {
  private final CommandSender commands;
  private final Clock clock;

  TargetController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Set or amend a SMART target",
      description =
          "Fields: targetId, learnerId, area, description, setOn, dueOn (not before setOn); optional measure, longTermTargetId, reason. 409 when the id is set for another learner.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> set(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, TargetInput.jsonFieldSet());
    SetTargetCommand command = TargetInput.read(reader, false);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/targets/" + command.targetId()))
        .body(Map.of("targetId", command.targetId(), "position", position));
  }

  @Operation(
      summary = "Record or amend the outcome of a target",
      description =
          "Fields: date (not before setOn, not in the future), outcome (MET, PARTIALLY_MET, NOT_MET, CARRIED_FORWARD, WITHDRAWN), newDueOn (CARRIED_FORWARD only, after the date due); optional note, reason. Outcomes go in date order; only the latest can be amended. 409 for a second final outcome, 404 for a target never set.")
  @PostMapping(path = "/{targetId}/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> recordOutcome(
      @PathVariable String targetId, @RequestBody JsonNode body) {
    JsonNode withId = body;
    boolean mismatch = false;
    if (body instanceof ObjectNode object) {
      JsonNode given = object.get("targetId");
      mismatch = given != null && given.isTextual() && !given.asText().equals(targetId);
      withId = object.deepCopy();
      ((ObjectNode) withId).put("targetId", targetId);
    }
    FieldReader reader = JsonFields.reader(withId, TargetOutcomeInput.jsonFieldSet());
    if (mismatch) {
      reader.reject("targetId", "must be the target id of the path, " + targetId);
    }
    RecordTargetOutcomeCommand command = TargetOutcomeInput.read(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/targets/" + targetId))
        .body(
            Map.of("targetId", targetId, "date", command.date().toString(), "position", position));
  }
}
