package org.waymark.command.progress;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.progress.RateWiderSkillsCommand;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.JsonFields;

/**
 * {@code POST /api/v1/assessments} records (or amends) a score; {@code POST
 * /api/v1/learners/{id}/wider-skills} records (or amends) a wider-skills rating.
 */
@RestController
class ProgressController {

  private final CommandSender commands;
  private final Clock clock;

  ProgressController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @Operation(
      summary = "Record or amend an assessment score",
      description =
          "Fields (CONTRACT.md assessments, camelCase): learnerId, area, date (YYYY-MM-DD, not in the future), kind (BASELINE, PROGRESS, FINAL), score (any finite number); optional reason for an amendment. The natural key learnerId+area+date+kind names one score: the same score again records nothing, a different one is an amendment.")
  @PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> recordAssessment(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, AssessmentInput.jsonFieldSet());
    RecordAssessmentCommand command = AssessmentInput.read(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.status(201)
        .body(Map.of("assessmentId", command.assessmentId(), "position", position));
  }

  @Operation(
      summary = "Record or amend a wider-skills rating",
      description =
          "Fields: date, kind (BASELINE, PROGRESS, FINAL), ratedBy (LEARNER, TUTOR), independence, confidence, selfEsteem, resilience (whole numbers 1-5); optional reason. Keyed by learner+date+kind+ratedBy.")
  @PostMapping(
      path = "/api/v1/learners/{learnerId}/wider-skills",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> rateWiderSkills(
      @PathVariable String learnerId, @RequestBody JsonNode body) {
    if (!FieldReader.isId(learnerId)) {
      throw new InvalidInputException(
          List.of(new FieldProblem("learnerId", learnerId, "must match [A-Za-z0-9._-]{1,64}")));
    }
    FieldReader reader = JsonFields.reader(body, WiderSkillsInput.fieldSet());
    RateWiderSkillsCommand command = WiderSkillsInput.read(learnerId, reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/learners/" + learnerId + "/wider-skills"))
        .body(Map.of("ratingId", command.ratingId(), "position", position));
  }
}
