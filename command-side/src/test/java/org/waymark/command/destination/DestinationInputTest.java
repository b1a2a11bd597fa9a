package org.waymark.command.destination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.destination.DestinationType;
import org.waymark.api.destination.RecordDestinationCommand;
import org.waymark.api.destination.RecordMovingOnPlanCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

class DestinationInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static List<String> fieldsRejected(Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(FieldProblem::field).toList();
    }
    throw new AssertionError("the input was accepted");
  }

  @Test
  void aDestinationBecomesACommandWithDetailAndReasonOptional() {
    ObjectNode body =
        JSON.createObjectNode().put("knownOn", "2026-09-30").put("destination", "NEET");

    assertThat(DestinationInput.destination(body, "L-1", CLOCK))
        .isEqualTo(
            new RecordDestinationCommand(
                "L-1", LocalDate.of(2026, 9, 30), DestinationType.NEET, null, null));
  }

  @Test
  void aDestinationNamesAnUnknownTypeAFutureDateAndABadPathId() {
    ObjectNode body =
        JSON.createObjectNode().put("knownOn", "2026-11-24").put("destination", "UNIVERSITY");

    assertThat(fieldsRejected(() -> DestinationInput.destination(body, "L/1", CLOCK)))
        .containsExactlyInAnyOrder("knownOn", "destination", "learnerId");
  }

  @Test
  void aMovingOnPlanBecomesACommand() {
    ObjectNode body =
        JSON.createObjectNode()
            .put("agreedOn", "2026-11-01")
            .put("intendedDestination", "TRAINING")
            .put("intendedDetail", "Apprenticeship")
            .put("transitionSupport", "Named contact");

    assertThat(DestinationInput.movingOnPlan(body, "L-1", CLOCK))
        .isEqualTo(
            new RecordMovingOnPlanCommand(
                "L-1",
                LocalDate.of(2026, 11, 1),
                DestinationType.TRAINING,
                "Apprenticeship",
                "Named contact"));
  }

  @Test
  void aMovingOnPlanRequiresItsDateAndIntendedDestinationAndRefusesUnknownFields() {
    ObjectNode body = JSON.createObjectNode().put("destination", "EDUCATION");

    assertThat(fieldsRejected(() -> DestinationInput.movingOnPlan(body, "L-1", CLOCK)))
        .containsExactlyInAnyOrder("agreedOn", "intendedDestination", "destination");
  }

  @Test
  void refusesOverlongDetail() {
    ObjectNode body =
        JSON.createObjectNode()
            .put("knownOn", "2026-09-30")
            .put("destination", "EMPLOYMENT")
            .put("detail", "x".repeat(DestinationInput.DETAIL_MAX + 1));

    assertThat(fieldsRejected(() -> DestinationInput.destination(body, "L-1", CLOCK)))
        .containsExactly("detail");
  }
}
