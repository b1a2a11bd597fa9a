package org.waymark.command.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
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
import org.waymark.api.provider.ChangeProviderRegistrationCommand;
import org.waymark.api.provider.InspectionOutcome;
import org.waymark.api.provider.RecordInspectionOutcomeCommand;
import org.waymark.api.provider.RecordProviderCommand;
import org.waymark.command.web.CommandSender;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/** Providers: recorded (or amended), registration status changes, last inspection outcome. */
@RestController
@RequestMapping(path = "/api/v1/providers", consumes = MediaType.APPLICATION_JSON_VALUE)
class ProviderController {
  private final CommandSender commands;

  ProviderController(CommandSender commands) {
    this.commands = commands;
  }

  /** The providers columns as JSON; recording a known provider again amends what differs. */
  @PostMapping
  ResponseEntity<Map<String, Object>> record(@RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, ProviderInput.FIELDS);
    RecordProviderCommand command = ProviderInput.read(r);
    r.throwIfInvalid();
    long position = commands.send(command);
    return ResponseEntity.created(URI.create("/api/v1/providers/" + command.providerId()))
        .body(Map.of("providerId", command.providerId(), "position", position));
  }

  /** {@code {registered: "Y", dfeNumber: "884/6001", effectiveOn: "2026-01-05"}}. */
  @PutMapping("/{providerId}/registration")
  Map<String, Object> registration(@PathVariable String providerId, @RequestBody JsonNode body) {
    FieldReader r = JsonFields.reader(body, Set.of("registered", "dfeNumber", "effectiveOn"));
    boolean registered = r.yesNo("registered");
    String dfeNumber = r.optionalText("dfeNumber", 20);
    LocalDate effectiveOn = r.date("effectiveOn");
    if (registered && dfeNumber == null && r.valid()) {
      r.reject("dfeNumber", "is required when the provider is registered");
    }
    r.throwIfInvalid();
    long position =
        commands.send(
            new ChangeProviderRegistrationCommand(providerId, registered, dfeNumber, effectiveOn),
            "api",
            effectiveOn);
    return Map.of("providerId", providerId, "position", position);
  }

  /** {@code {inspectedOn, outcome (OUTSTANDING…NOT_GRADED), areasForImprovement?}}. */
  @PostMapping("/{providerId}/inspections")
  Map<String, Object> inspection(@PathVariable String providerId, @RequestBody JsonNode body) {
    FieldReader r =
        JsonFields.reader(body, Set.of("inspectedOn", "outcome", "areasForImprovement"));
    LocalDate inspectedOn = r.date("inspectedOn");
    InspectionOutcome outcome =
        r.code(
            "outcome",
            InspectionOutcome::valueOf,
            "OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_GRADED");
    String areas = r.optionalMultilineText("areasForImprovement", 4000);
    r.throwIfInvalid();
    long position =
        commands.send(
            new RecordInspectionOutcomeCommand(providerId, inspectedOn, outcome, areas),
            "api",
            inspectedOn);
    return Map.of("providerId", providerId, "position", position);
  }
}
