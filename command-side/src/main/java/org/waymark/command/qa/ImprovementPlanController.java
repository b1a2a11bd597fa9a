package org.waymark.command.qa;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.qa.AddImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementPlanCommand;
import org.waymark.api.qa.OpenImprovementPlanCommand;
import org.waymark.api.qa.ReviewImprovementActionCommand;
import org.waymark.command.web.CommandSender;

/**
 * Provider improvement plans (seed 002's PIP): open a plan, add actions, review their progress,
 * close them, close the plan. Each answers the event store's position after the command.
 */
@RestController
@RequestMapping("/api/v1/qa/improvement-plans")
class ImprovementPlanController {
  private final CommandSender commands;
  private final Clock clock;

  ImprovementPlanController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> open(@RequestBody JsonNode body) {
    QaRequest request = QaRequest.of(body, ImprovementPlanInput.OPEN_FIELDS, Set.of(), Map.of());
    OpenImprovementPlanCommand command = ImprovementPlanInput.open(request, clock);
    request.reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/qa/improvement-plans/" + command.planId()))
        .body(Map.of("planId", command.planId(), "position", position));
  }

  @PostMapping(path = "/{planId}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> addAction(
      @PathVariable String planId, @RequestBody JsonNode body) {
    QaRequest request =
        QaRequest.of(body, ImprovementPlanInput.ACTION_FIELDS, Set.of(), Map.of("planId", planId));
    AddImprovementActionCommand command = ImprovementPlanInput.addAction(request);
    request.reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(
            URI.create(
                "/api/v1/qa/improvement-plans/"
                    + command.planId()
                    + "/actions/"
                    + command.actionId()))
        .body(
            Map.of(
                "planId", command.planId(), "actionId", command.actionId(), "position", position));
  }

  @PostMapping(
      path = "/{planId}/actions/{actionId}/reviews",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> review(
      @PathVariable String planId, @PathVariable String actionId, @RequestBody JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body,
            ImprovementPlanInput.REVIEW_FIELDS,
            Set.of(),
            Map.of("planId", planId, "actionId", actionId));
    ReviewImprovementActionCommand command = ImprovementPlanInput.review(request, clock);
    request.reader.throwIfInvalid();
    return answer(command.planId(), command.actionId(), commands.send(command));
  }

  @PostMapping(path = "/{planId}/actions/{actionId}/close")
  Map<String, Object> closeAction(
      @PathVariable String planId,
      @PathVariable String actionId,
      @RequestBody(required = false) JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body,
            ImprovementPlanInput.CLOSE_ACTION_FIELDS,
            Set.of(),
            Map.of("planId", planId, "actionId", actionId));
    CloseImprovementActionCommand command = ImprovementPlanInput.closeAction(request, clock);
    request.reader.throwIfInvalid();
    return answer(command.planId(), command.actionId(), commands.send(command));
  }

  @PostMapping(path = "/{planId}/close")
  Map<String, Object> closePlan(
      @PathVariable String planId, @RequestBody(required = false) JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body, ImprovementPlanInput.CLOSE_PLAN_FIELDS, Set.of(), Map.of("planId", planId));
    CloseImprovementPlanCommand command = ImprovementPlanInput.closePlan(request, clock);
    request.reader.throwIfInvalid();
    return Map.of("planId", command.planId(), "position", commands.send(command));
  }

  private static Map<String, Object> answer(String planId, String actionId, long position) {
    return Map.of("planId", planId, "actionId", actionId, "position", position);
  }
}
