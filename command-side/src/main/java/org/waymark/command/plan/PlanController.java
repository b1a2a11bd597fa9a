package org.waymark.command.plan;

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
 * A learner's individual learning plan: {@code POST /api/v1/learners/{learnerId}/plan/needs},
 * {@code .../plan/agreement}, {@code .../plan/revisions} and {@code .../plan/log-entries}. Each
 * answers the learner id and the event-store position; a repeat of what is recorded stores nothing.
 */
@RestController
@RequestMapping("/api/v1/learners/{learnerId}/plan")
class PlanController {
  private final CommandSender commands;
  private final Clock clock;

  PlanController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(path = "/needs", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> identifyNeeds(@PathVariable String learnerId, @RequestBody JsonNode body) {
    return sent(learnerId, commands.send(PlanInput.needs(body, learnerId, clock)));
  }

  @PostMapping(path = "/agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> agree(@PathVariable String learnerId, @RequestBody JsonNode body) {
    return sent(learnerId, commands.send(PlanInput.agreement(body, learnerId, clock)));
  }

  @PostMapping(path = "/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> revise(@PathVariable String learnerId, @RequestBody JsonNode body) {
    return sent(learnerId, commands.send(PlanInput.revision(body, learnerId, clock)));
  }

  @PostMapping(path = "/log-entries", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> recordLogEntry(@PathVariable String learnerId, @RequestBody JsonNode body) {
    return sent(learnerId, commands.send(PlanInput.logEntry(body, learnerId, clock)));
  }

  private static Map<String, Object> sent(String learnerId, long position) {
    return Map.of("learnerId", learnerId, "position", position);
  }
}
