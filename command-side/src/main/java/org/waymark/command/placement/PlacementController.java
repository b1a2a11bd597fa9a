package org.waymark.command.placement;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.placement.EndPlacementCommand;
import org.waymark.api.placement.RecordPlacementCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/** Alternative-provision placements: recorded (or amended) and ended. */
@RestController
@RequestMapping(path = "/api/v1/placements", consumes = MediaType.APPLICATION_JSON_VALUE)
class PlacementController {
  private final CommandSender commands;

  PlacementController(CommandSender commands) {
    this.commands = commands;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> record(@RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, PlacementInput.FIELDS);
    RecordPlacementCommand command = PlacementInput.read(r);
    r.throwIfInvalid();
    long position = commands.send(command, "api", command.startOn());
    return ResponseEntity.created(URI.create("/api/v1/placements/" + command.placementId()))
        .body(Map.of("placementId", command.placementId(), "position", position));
  }

  /** {@code {endOn: "2026-03-27"}}. */
  @PostMapping("/{placementId}/end")
  Map<String, Object> end(@PathVariable String placementId, @RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, Set.of("endOn"));
    LocalDate endOn = r.date("endOn");
    r.throwIfInvalid();
    long position = commands.send(new EndPlacementCommand(placementId, endOn), "api", endOn);
    return Map.of("placementId", placementId, "position", position);
  }
}
