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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.qa.CompleteQaVisitCommand;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.RecordPreVisitCheckCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.api.qa.SetQaThemePriorityCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * QA visits (seed 002): {@code POST /api/v1/qa/visits} schedules one; then the pre-visit check, a
 * judgement per criterion, a priority text per theme, and completion. Each answers the event
 * store's position after the command, for clients waiting on the read models.
 */
@RestController
@RequestMapping("/api/v1/qa/visits")
class QaVisitController {
  private final CommandSender commands;
  private final Clock clock;

  QaVisitController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> schedule(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, QaVisitInput.SCHEDULE_FIELDS);
    ScheduleQaVisitCommand command = QaVisitInput.schedule(reader);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/qa/visits/" + command.visitId()))
        .body(Map.of("visitId", command.visitId(), "position", position));
  }

  @PutMapping(path = "/{visitId}/pre-visit-check", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> preVisitCheck(@PathVariable String visitId, @RequestBody JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body,
            QaVisitInput.PRE_VISIT_CHECK_FIELDS,
            QaVisitInput.PRE_VISIT_CHECK_LISTS,
            Map.of("visitId", visitId));
    RecordPreVisitCheckCommand command = QaVisitInput.preVisitCheck(request, clock);
    request.reader.throwIfInvalid();
    return Map.of("visitId", command.visitId(), "position", commands.send(command));
  }

  @PutMapping(
      path = "/{visitId}/judgements/{theme}/{criterion}",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> judge(
      @PathVariable String visitId,
      @PathVariable String theme,
      @PathVariable String criterion,
      @RequestBody JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body,
            QaVisitInput.JUDGEMENT_FIELDS,
            Set.of(),
            Map.of("visitId", visitId, "theme", theme, "criterion", criterion));
    JudgeQaCriterionCommand command = QaVisitInput.judge(request.reader);
    request.reader.throwIfInvalid();
    return Map.of(
        "visitId",
        command.visitId(),
        "criterion",
        command.criterion(),
        "position",
        commands.send(command));
  }

  @PutMapping(path = "/{visitId}/priorities/{theme}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> priority(
      @PathVariable String visitId, @PathVariable String theme, @RequestBody JsonNode body) {
    QaRequest request =
        QaRequest.of(
            body,
            QaVisitInput.PRIORITY_FIELDS,
            Set.of(),
            Map.of("visitId", visitId, "theme", theme));
    SetQaThemePriorityCommand command = QaVisitInput.priority(request.reader);
    request.reader.throwIfInvalid();
    return Map.of("visitId", command.visitId(), "position", commands.send(command));
  }

  @PostMapping(path = "/{visitId}/complete")
  Map<String, Object> complete(
      @PathVariable String visitId, @RequestBody(required = false) JsonNode body) {
    QaRequest request =
        QaRequest.of(body, QaVisitInput.COMPLETE_FIELDS, Set.of(), Map.of("visitId", visitId));
    CompleteQaVisitCommand command = QaVisitInput.complete(request);
    request.reader.throwIfInvalid();
    return Map.of("visitId", command.visitId(), "position", commands.send(command));
  }
}
