package org.waymark.command.learner;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/** {@code POST /api/v1/learners}: registers a learner from the learner columns of CONTRACT.md. */
@RestController
@RequestMapping("/api/v1/learners")
class LearnerController {
  private final CommandSender commands;
  private final Clock clock;

  LearnerController(CommandSender commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
    FieldReader reader = JsonFields.reader(body, LearnerInput.fieldSet());
    RegisterLearnerCommand command = LearnerInput.read(reader, clock);
    reader.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/learners/" + command.learnerId()))
        .body(Map.of("learnerId", command.learnerId(), "position", position));
  }
}
