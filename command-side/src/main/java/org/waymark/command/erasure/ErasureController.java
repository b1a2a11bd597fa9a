package org.waymark.command.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.learner.EraseLearnerCommand;
import org.waymark.api.learner.ErasureBasis;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;
import org.waymark.command.web.NotFoundException;

/**
 * {@code POST /api/v1/learners/{learnerId}/erasure} {@code {"basis": "DATA_SUBJECT_REQUEST"}}:
 * erases a learner's personal data (UK GDPR right to erasure). The learner's key is shredded in the
 * transaction that stores the {@code LearnerErasedEvent}; read models then scrub names and free
 * text, keeping every count. Answers 200 {@code {learnerId, basis, position}}; 404 for an unknown
 * learner; 409 when already erased. Who may call it is the security layer's concern (ADMIN).
 */
@RestController
@RequestMapping("/api/v1/learners/{learnerId}")
class ErasureController {
  private static final String BASES =
      Arrays.stream(ErasureBasis.values()).map(Enum::name).collect(Collectors.joining(", "));

  private final CommandSender commands;

  ErasureController(CommandSender commands) {
    this.commands = commands;
  }

  @Operation(
      summary = "Erase a learner's personal data (crypto-shredding)",
      description =
          "Body {basis}: one of DATA_SUBJECT_REQUEST, RETENTION_EXPIRED,"
              + " UNLAWFULLY_PROCESSED, LEGAL_OBLIGATION.")
  @PostMapping(path = "/erasure", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> erase(
      @PathVariable String learnerId, @RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, Set.of("basis"));
    ErasureBasis basis = r.code("basis", ErasureBasis::valueOf, BASES);
    r.throwIfInvalid();
    long position;
    try {
      position = commands.send(new EraseLearnerCommand(learnerId, basis));
    } catch (AggregateNotFoundException e) {
      throw new NotFoundException("learner", learnerId);
    }
    return ResponseEntity.status(HttpStatus.OK)
        .body(Map.of("learnerId", learnerId, "basis", basis.name(), "position", position));
  }
}
