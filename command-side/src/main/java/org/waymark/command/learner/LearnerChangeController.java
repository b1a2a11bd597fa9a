package org.waymark.command.learner;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.learner.ChangeLearnerCharacteristicCommand;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.RecordLearnerLeftCommand;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.learner.TransferLearnerCommand;
import org.waymark.api.query.Characteristic;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.JsonFields;

/**
 * Later facts about a learner: a characteristic that changes from a date, leaving, and transfer to
 * another provider. Each answers {@code {learnerId, position}}.
 */
@RestController
@RequestMapping(path = "/api/v1/learners/{learnerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
class LearnerChangeController {
  private static final String CHARACTERISTICS =
      Arrays.stream(Characteristic.values())
          .filter(c -> c != Characteristic.PROVIDER)
          .map(Characteristic::parameter)
          .collect(Collectors.joining(", "));

  private final CommandSender commands;

  LearnerChangeController(CommandSender commands) {
    this.commands = commands;
  }

  /** {@code {characteristic: "disadvantaged", value: "Y", effectiveOn: "2026-01-15"}}. */
  @PostMapping("/characteristics")
  Map<String, Object> change(@PathVariable String learnerId, @RequestBody JsonNode body) {
    FieldReader r =
        JsonFields.reader(body, Set.of("characteristic", "value", "effectiveOn", "learnerId"));
    Characteristic characteristic =
        r.code(
            "characteristic",
            p ->
                Characteristic.fromParameter(p)
                    .filter(c -> c != Characteristic.PROVIDER)
                    .orElseThrow(IllegalArgumentException::new),
            CHARACTERISTICS);
    LocalDate effectiveOn = r.date("effectiveOn");
    String value = characteristic == null ? null : value(r, characteristic);
    r.throwIfInvalid();
    long position =
        commands.send(
            new ChangeLearnerCharacteristicCommand(learnerId, characteristic, value, effectiveOn),
            "api",
            effectiveOn);
    return Map.of("learnerId", learnerId, "position", position);
  }

  /** Validates {@code value} as the code list of the characteristic. */
  static String value(FieldReader r, Characteristic c) {
    Function<String, String> yn =
        v -> {
          if (!v.equals("Y") && !v.equals("N")) {
            throw new IllegalArgumentException();
          }
          return v;
        };
    return switch (c) {
      case SEX -> r.code("value", v -> Sex.valueOf(v).name(), "F, M");
      case ETHNICITY ->
          r.code("value", v -> Ethnicity.fromCode(v).name(), "a school-census main ethnicity code");
      case SEND -> r.code("value", v -> SendStatus.valueOf(v).name(), "N, K, E");
      case DISADVANTAGED, LOOKED_AFTER, EAL -> r.code("value", yn, "Y, N");
      case YEAR_GROUP -> r.text("value", LearnerInput.YEAR_GROUP_MAX);
      case PROVIDER -> throw new InvalidInputException(java.util.List.of());
    };
  }

  /** {@code {leftOn: "2026-07-22", reason: "moved out of area"}}. */
  @PostMapping("/leaving")
  Map<String, Object> left(@PathVariable String learnerId, @RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, Set.of("leftOn", "reason"));
    LocalDate leftOn = r.date("leftOn");
    String reason = r.optionalText("reason", 500);
    r.throwIfInvalid();
    long position =
        commands.send(new RecordLearnerLeftCommand(learnerId, leftOn, reason), "api", leftOn);
    return Map.of("learnerId", learnerId, "position", position);
  }

  /** {@code {toProviderId: "P-02", effectiveOn: "2026-02-23"}}. */
  @PostMapping("/transfer")
  Map<String, Object> transfer(@PathVariable String learnerId, @RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, Set.of("toProviderId", "effectiveOn"));
    String to = r.id("toProviderId");
    LocalDate effectiveOn = r.date("effectiveOn");
    r.throwIfInvalid();
    long position =
        commands.send(new TransferLearnerCommand(learnerId, to, effectiveOn), "api", effectiveOn);
    return Map.of("learnerId", learnerId, "position", position);
  }
}
