package org.waymark.command.destination;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.api.destination.DestinationType;
import org.waymark.api.destination.RecordDestinationCommand;
import org.waymark.api.destination.RecordMovingOnPlanCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * The fields of the destination requests, validated into commands; the learner id is the path's.
 */
public final class DestinationInput {
  public static final List<String> MOVING_ON_FIELDS =
      List.of("agreedOn", "intendedDestination", "intendedDetail", "transitionSupport");
  public static final List<String> DESTINATION_FIELDS =
      List.of("knownOn", "destination", "detail", "reason");

  static final String DESTINATIONS = "EDUCATION, EMPLOYMENT, TRAINING, NEET";
  static final int DETAIL_MAX = 500;
  static final int SUPPORT_MAX = 2000;
  static final int REASON_MAX = 500;

  private DestinationInput() {}

  static FieldReader reader(JsonNode body, List<String> fields, String learnerId) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> values = JsonFields.scalars(body, problems);
    if (values.containsKey("learnerId")) {
      problems.add(
          new FieldProblem(
              "learnerId",
              values.get("learnerId"),
              "is given in the path; leave it out of the body"));
    }
    values.put("learnerId", learnerId);
    Set<String> known = new HashSet<>(fields);
    known.add("learnerId");
    return new FieldReader(values, known, problems);
  }

  public static RecordMovingOnPlanCommand movingOnPlan(
      JsonNode body, String learnerId, Clock clock) {
    FieldReader r = reader(body, MOVING_ON_FIELDS, learnerId);
    String id = r.id("learnerId");
    LocalDate agreedOn = notInFuture(r, "agreedOn", clock);
    DestinationType intended =
        r.code("intendedDestination", DestinationType::valueOf, DESTINATIONS);
    String detail = r.optionalText("intendedDetail", DETAIL_MAX);
    String support = r.optionalText("transitionSupport", SUPPORT_MAX);
    r.throwIfInvalid();
    return new RecordMovingOnPlanCommand(id, agreedOn, intended, detail, support);
  }

  public static RecordDestinationCommand destination(JsonNode body, String learnerId, Clock clock) {
    FieldReader r = reader(body, DESTINATION_FIELDS, learnerId);
    String id = r.id("learnerId");
    LocalDate knownOn = notInFuture(r, "knownOn", clock);
    DestinationType destination = r.code("destination", DestinationType::valueOf, DESTINATIONS);
    String detail = r.optionalText("detail", DETAIL_MAX);
    String reason = r.optionalText("reason", REASON_MAX);
    r.throwIfInvalid();
    return new RecordDestinationCommand(id, knownOn, destination, detail, reason);
  }

  private static LocalDate notInFuture(FieldReader r, String field, Clock clock) {
    LocalDate date = r.date(field);
    if (date != null && date.isAfter(LocalDate.now(clock))) {
      r.reject(field, "must not be in the future");
      return null;
    }
    return date;
  }
}
