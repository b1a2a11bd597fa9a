package org.waymark.command.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.command.web.FieldReader;

/**
 * The learner columns of CONTRACT.md (learners dataset) in their camelCase JSON form, validated
 * into a {@link RegisterLearnerCommand}. Shared by the REST endpoint and, later, the CSV import.
 */
public final class LearnerInput {
  public static final List<String> FIELDS =
      List.of(
          "learnerId",
          "providerId",
          "givenName",
          "familyName",
          "dateOfBirth",
          "sex",
          "ethnicity",
          "send",
          "disadvantaged",
          "lookedAfter",
          "eal",
          "yearGroup",
          "enrolledOn");

  static final int NAME_MAX = 100;
  static final int YEAR_GROUP_MAX = 16;
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final String ETHNICITY_CODES =
      Arrays.stream(Ethnicity.values()).map(Enum::name).collect(Collectors.joining(", "));

  private LearnerInput() {}

  public static Set<String> fieldSet() {
    return Set.copyOf(FIELDS);
  }

  /**
   * Reads every learner field, recording a problem for each bad one; returns the command when all
   * are valid, or {@code null} when the reader holds problems.
   */
  public static RegisterLearnerCommand read(FieldReader r, Clock clock) {
    String learnerId = r.id("learnerId");
    String providerId = r.id("providerId");
    String givenName = r.text("givenName", NAME_MAX);
    String familyName = r.text("familyName", NAME_MAX);
    LocalDate dateOfBirth = r.date("dateOfBirth");
    Sex sex = r.code("sex", Sex::valueOf, "F, M");
    Ethnicity ethnicity = r.code("ethnicity", Ethnicity::fromCode, ETHNICITY_CODES);
    SendStatus send = r.code("send", SendStatus::valueOf, "N, K, E");
    boolean disadvantaged = r.yesNo("disadvantaged");
    boolean lookedAfter = r.yesNo("lookedAfter");
    boolean eal = r.yesNo("eal");
    String yearGroup = r.optionalText("yearGroup", YEAR_GROUP_MAX);
    LocalDate enrolledOn = r.date("enrolledOn");

    LocalDate today = LocalDate.now(clock);
    if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
      r.reject("dateOfBirth", "must not be in the future");
    } else if (dateOfBirth != null && dateOfBirth.isBefore(EARLIEST_BIRTH)) {
      r.reject("dateOfBirth", "must not be before " + EARLIEST_BIRTH);
    }
    if (enrolledOn != null && dateOfBirth != null && enrolledOn.isBefore(dateOfBirth)) {
      r.reject("enrolledOn", "must not be before dateOfBirth");
    }
    if (!r.valid()) {
      return null;
    }
    return new RegisterLearnerCommand(
        learnerId,
        providerId,
        givenName,
        familyName,
        dateOfBirth,
        sex,
        ethnicity,
        send,
        disadvantaged,
        lookedAfter,
        eal,
        yearGroup,
        enrolledOn);
  }
}
