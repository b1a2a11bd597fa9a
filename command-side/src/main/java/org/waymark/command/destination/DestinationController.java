package org.waymark.command.destination;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.command.web.CommandSender;

/**
 * Destinations: {@code POST /api/v1/learners/{learnerId}/destination} records where the learner was
 * on a date; {@code POST .../destination/moving-on-plan} records their moving-on plan.
 */
@RestController
@RequestMapping("/api/v1/learners/{learnerId}/destination")
class DestinationController {
  private final CommandSender commands;
  private final Clock clock;

  DestinationController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> record(@PathVariable String learnerId, @RequestBody JsonNode body) {
    long position = commands.send(DestinationInput.destination(body, learnerId, clock));
    return Map.of("learnerId", learnerId, "position", position);
  }

  @PostMapping(path = "/moving-on-plan", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> movingOnPlan(@PathVariable String learnerId, @RequestBody JsonNode body) {
    long position = commands.send(DestinationInput.movingOnPlan(body, learnerId, clock));
    return Map.of("learnerId", learnerId, "position", position);
  }
}
