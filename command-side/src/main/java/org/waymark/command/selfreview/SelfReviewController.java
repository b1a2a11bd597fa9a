package org.waymark.command.selfreview;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.selfreview.CompleteSelfReviewCommand;
import org.waymark.api.selfreview.JudgeSelfReviewItemCommand;
import org.waymark.api.selfreview.StartSelfReviewCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * Self-reviews: {@code POST /api/v1/self-reviews} starts one against a catalogue; {@code PUT
 * .../{reviewId}/items/{code}} judges an item (idempotent: the same judgement again stores
 * nothing); {@code POST .../{reviewId}/completion} completes it.
 */
@RestController
@RequestMapping("/api/v1/self-reviews")
class SelfReviewController {
  private final CommandSender commands;
  private final Clock clock;

  SelfReviewController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> start(@RequestBody JsonNode body) {
    FieldReader reader =
        JsonFields.reader(body, SelfReviewInput.fieldSet(SelfReviewInput.START_FIELDS));
    StartSelfReviewCommand command = SelfReviewInput.start(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/self-reviews/" + command.reviewId()))
        .body(Map.of("reviewId", command.reviewId(), "position", position));
  }

  @PutMapping(path = "/{reviewId}/items/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> judge(
      @PathVariable String reviewId, @PathVariable String code, @RequestBody JsonNode body) {
    FieldReader reader =
        SelfReviewRequests.reader(
            body, SelfReviewInput.JUDGE_FIELDS, Map.of("reviewId", reviewId, "code", code));
    JudgeSelfReviewItemCommand command = SelfReviewInput.judge(reader);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return Map.of("reviewId", command.reviewId(), "code", command.code(), "position", position);
  }

  @PostMapping(path = "/{reviewId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> complete(@PathVariable String reviewId, @RequestBody JsonNode body) {
    FieldReader reader =
        SelfReviewRequests.reader(
            body, SelfReviewInput.COMPLETE_FIELDS, Map.of("reviewId", reviewId));
    CompleteSelfReviewCommand command = SelfReviewInput.complete(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return Map.of("reviewId", command.reviewId(), "position", position);
  }
}
