package org.waymark.command.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.plan.AgreeLearningPlanCommand;
import org.waymark.api.plan.IdentifyLearningNeedsCommand;
import org.waymark.api.plan.RecordLearningLogEntryCommand;
import org.waymark.api.plan.ReviseLearningPlanCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

class PlanInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<String> fieldsRejected(Runnable read) {
    try {
      read.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(FieldProblem::field).toList();
    }
    throw new AssertionError("the input was accepted");
  }

  @Nested
  class Needs {
    final ObjectNode valid =
        json(
            "{'identifiedOn':'2026-09-15','english':'Entry 3','maths':'Entry 2','ict':'Level 1',"
                + "'personalAndSocial':'Confidence','vocational':'Hairdressing',"
                + "'preferredWaysOfLearning':'Practical tasks'}");

    @Test
    void becomesACommandForThePathsLearner() {
      assertThat(PlanInput.needs(valid, "L-1", CLOCK))
          .isEqualTo(
              new IdentifyLearningNeedsCommand(
                  "L-1",
                  LocalDate.of(2026, 9, 15),
                  "Entry 3",
                  "Entry 2",
                  "Level 1",
                  "Confidence",
                  "Hairdressing",
                  null,
                  null,
                  "Practical tasks",
                  null));
    }

    @Test
    void requiresEveryOneOfTheFiveLearningAreas() {
      JsonNode body = json("{'identifiedOn':'2026-09-15'}");

      assertThat(fieldsRejected(() -> PlanInput.needs(body, "L-1", CLOCK)))
          .containsExactlyInAnyOrder("english", "maths", "ict", "personalAndSocial", "vocational");
    }

    @Test
    void namesABadPathIdALearnerIdInTheBodyAndAnUnknownField() {
      ObjectNode body = valid.deepCopy();
      body.put("learnerId", "L-2");
      body.put("nhsNumber", "123");

      assertThat(fieldsRejected(() -> PlanInput.needs(body, "L 1", CLOCK)))
          .containsExactlyInAnyOrder("learnerId", "learnerId", "nhsNumber");
    }
  }

  @Nested
  class Agreement {
    final ObjectNode valid =
        json(
            "{'agreedOn':'2026-09-29','progressionAspiration':'Level 2 hairdressing',"
                + "'longTermTargets':['English Level 1',' Work safely '],"
                + "'qualifications':['Level 1 Award']}");

    @Test
    void becomesACommandWithListsTrimmedAndAbsentListsEmpty() {
      assertThat(PlanInput.agreement(valid, "L-1", CLOCK))
          .isEqualTo(
              new AgreeLearningPlanCommand(
                  "L-1",
                  LocalDate.of(2026, 9, 29),
                  "Level 2 hairdressing",
                  List.of("English Level 1", "Work safely"),
                  List.of("Level 1 Award"),
                  List.of(),
                  null));
    }

    @Test
    void requiresAtLeastOneLongTermTarget() {
      ObjectNode body = valid.deepCopy();
      body.putArray("longTermTargets");

      assertThat(fieldsRejected(() -> PlanInput.agreement(body, "L-1", CLOCK)))
          .containsExactly("longTermTargets");
    }

    @Test
    void namesEachBadListElementByIndexAndAListThatIsNotAList() {
      ObjectNode body = valid.deepCopy();
      body.putArray("longTermTargets").add("ok").add(" ").add(3);
      body.put("qualifications", "Level 1 Award");

      assertThat(fieldsRejected(() -> PlanInput.agreement(body, "L-1", CLOCK)))
          .containsExactlyInAnyOrder("longTermTargets[1]", "longTermTargets[2]", "qualifications");
    }

    @Test
    void rejectsAnAgreementDatedInTheFuture() {
      ObjectNode body = valid.deepCopy();
      body.put("agreedOn", "2026-11-24");

      assertThat(fieldsRejected(() -> PlanInput.agreement(body, "L-1", CLOCK)))
          .containsExactly("agreedOn");
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
      assertThatThrownBy(() -> PlanInput.agreement(JSON.createArrayNode(), "L-1", CLOCK))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Nested
  class Revision {
    @Test
    void becomesACommandAndRequiresAReason() {
      ObjectNode body =
          json(
              "{'revisedOn':'2027-01-12','progressionAspiration':'Barbering',"
                  + "'longTermTargets':['English Level 1'],'reason':'taster went well'}");

      assertThat(
              PlanInput.revision(body, "L-1", Clock.offset(CLOCK, java.time.Duration.ofDays(60))))
          .isEqualTo(
              new ReviseLearningPlanCommand(
                  "L-1",
                  LocalDate.of(2027, 1, 12),
                  "Barbering",
                  List.of("English Level 1"),
                  List.of(),
                  List.of(),
                  null,
                  "taster went well"));
      body.remove("reason");
      assertThat(fieldsRejected(() -> PlanInput.revision(body, "L-1", CLOCK)))
          .containsExactlyInAnyOrder("reason", "revisedOn");
    }
  }

  @Nested
  class LogEntry {
    @Test
    void becomesACommandWithOnlyWhatWasLearnedRequired() {
      ObjectNode body =
          json("{'entryId':'LOG-1','writtenOn':'2026-10-02','whatILearned':'Mixing colour'}");

      assertThat(PlanInput.logEntry(body, "L-1", CLOCK))
          .isEqualTo(
              new RecordLearningLogEntryCommand(
                  "L-1", "LOG-1", LocalDate.of(2026, 10, 2), "Mixing colour", null, null, null));
    }

    @Test
    void namesAMissingEntryTextABadEntryIdAndOverlongText() {
      ObjectNode body =
          json("{'entryId':'LOG 1','writtenOn':'2026-10-02'}")
              .put("whatWasDifficult", "x".repeat(PlanInput.LOG_TEXT_MAX + 1));

      assertThat(fieldsRejected(() -> PlanInput.logEntry(body, "L-1", CLOCK)))
          .containsExactlyInAnyOrder("entryId", "whatILearned", "whatWasDifficult");
    }
  }
}
