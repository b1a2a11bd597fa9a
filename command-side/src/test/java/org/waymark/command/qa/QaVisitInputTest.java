package org.waymark.command.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.qa.CompleteQaVisitCommand;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.RecordPreVisitCheckCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.api.qa.SetQaThemePriorityCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class QaVisitInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-30T09:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  static QaRequest judgementRequest(String theme, String criterion, String body) throws Exception {
    return QaRequest.of(
        json(body),
        QaVisitInput.JUDGEMENT_FIELDS,
        Set.of(),
        Map.of("visitId", "V-1", "theme", theme, "criterion", criterion));
  }

  @Nested
  class Schedule {
    @Test
    void readsAVisitWithOptionalVisitors() {
      Map<String, String> m = new HashMap<>();
      m.put("visitId", "V-1");
      m.put("providerId", "P-07");
      m.put("visitOn", "2026-10-14");
      FieldReader r = new FieldReader(m, QaVisitInput.SCHEDULE_FIELDS);

      assertThat(QaVisitInput.schedule(r))
          .isEqualTo(new ScheduleQaVisitCommand("V-1", "P-07", LocalDate.of(2026, 10, 14), null));
    }

    @Test
    void namesEveryBadField() {
      Map<String, String> m = new HashMap<>();
      m.put("visitId", "V 1");
      m.put("visitOn", "14/10/2026");
      m.put("inspector", "x");
      FieldReader r = new FieldReader(m, QaVisitInput.SCHEDULE_FIELDS);

      assertThat(QaVisitInput.schedule(r)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("visitId", "providerId", "visitOn", "inspector");
    }
  }

  @Nested
  class Judge {
    @Test
    void readsACriterionByItsNumberWithinTheTheme() throws Exception {
      QaRequest request =
          judgementRequest("3", "5", "{'judgement':'PARTIALLY_MET','evidence':'Draft SEF'}");

      assertThat(QaVisitInput.judge(request.reader))
          .isEqualTo(
              new JudgeQaCriterionCommand(
                  "V-1", 3, "3.5", QaJudgement.PARTIALLY_MET, "Draft SEF", null, null));
    }

    @Test
    void readsACriterionByItsFullNumber() throws Exception {
      QaRequest request =
          judgementRequest("1", "1.6", "{'judgement':'NOT_MET','comments':'c','reason':'r'}");

      assertThat(QaVisitInput.judge(request.reader))
          .isEqualTo(
              new JudgeQaCriterionCommand("V-1", 1, "1.6", QaJudgement.NOT_MET, null, "c", "r"));
    }

    @Test
    void rejectsPartiallyMetInAnEssentialThemeNamingTheJudgement() throws Exception {
      QaRequest request = judgementRequest("2", "3", "{'judgement':'PARTIALLY_MET'}");

      assertThat(QaVisitInput.judge(request.reader)).isNull();
      assertThat(request.reader.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactly(tuple("judgement", "PARTIALLY_MET"));
    }

    @Test
    void rejectsAThemeOutsideOneToNine() throws Exception {
      QaRequest request = judgementRequest("10", "1", "{'judgement':'FULLY_MET'}");

      QaVisitInput.judge(request.reader);

      assertThat(request.reader.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactly(tuple("theme", "10"));
    }

    @Test
    void rejectsACriterionTheThemeDoesNotHaveSayingWhichItHas() throws Exception {
      QaRequest request = judgementRequest("7", "3", "{'judgement':'FULLY_MET'}");

      QaVisitInput.judge(request.reader);

      assertThat(request.reader.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("criterion");
                assertThat(p.message()).contains("7.1 to 7.2");
              });
    }

    @Test
    void rejectsACriterionOfAnotherThemeWrittenInFull() throws Exception {
      QaRequest request = judgementRequest("4", "1.1", "{'judgement':'FULLY_MET'}");

      QaVisitInput.judge(request.reader);

      assertThat(request.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("criterion");
    }

    @Test
    void rejectsAnUnknownJudgementAMissingOneAndAPathFieldInTheBody() throws Exception {
      QaRequest unknown = judgementRequest("4", "1", "{'judgement':'GOOD','visitId':'V-2'}");
      QaRequest missing = judgementRequest("4", "1", "{'evidence':'seen'}");

      QaVisitInput.judge(unknown.reader);
      QaVisitInput.judge(missing.reader);

      assertThat(unknown.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("judgement", "visitId");
      assertThat(missing.reader.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactly(tuple("judgement", null));
    }

    @Test
    void rejectsEvidenceLongerThanTwoThousandCharacters() throws Exception {
      QaRequest request =
          judgementRequest(
              "4", "1", "{'judgement':'FULLY_MET','evidence':'" + "e".repeat(2001) + "'}");

      QaVisitInput.judge(request.reader);

      assertThat(request.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("evidence");
    }
  }

  @Nested
  class PreVisitCheck {
    static QaRequest request(String body) throws Exception {
      return QaRequest.of(
          json(body),
          QaVisitInput.PRE_VISIT_CHECK_FIELDS,
          QaVisitInput.PRE_VISIT_CHECK_LISTS,
          Map.of("visitId", "V-1"));
    }

    @Test
    void readsARegisteredProvisionWithItsLastInspectionAndAreas() throws Exception {
      QaRequest r =
          request(
              "{'registered':'Y','dfeNumber':'884/6001','lastOfstedOutcome':'Good',"
                  + "'lastOfstedOn':'2024-03-12','areasForImprovement':['Attendance',' Curriculum ']}");

      assertThat(QaVisitInput.preVisitCheck(r, CLOCK))
          .isEqualTo(
              new RecordPreVisitCheckCommand(
                  "V-1",
                  true,
                  "884/6001",
                  "Good",
                  LocalDate.of(2024, 3, 12),
                  List.of("Attendance", "Curriculum")));
    }

    @Test
    void readsAnUnregisteredProvisionWithNothingElse() throws Exception {
      assertThat(QaVisitInput.preVisitCheck(request("{'registered':'N'}"), CLOCK))
          .isEqualTo(new RecordPreVisitCheckCommand("V-1", false, null, null, null, List.of()));
    }

    @Test
    void rejectsARegisteredProvisionWithoutADfeNumberOrWithAHalfInspection() throws Exception {
      QaRequest r = request("{'registered':'Y','lastOfstedOutcome':'Good'}");

      assertThat(QaVisitInput.preVisitCheck(r, CLOCK)).isNull();
      assertThat(r.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("dfeNumber", "lastOfstedOn");
    }

    @Test
    void rejectsAMalformedDfeNumberAndAnInspectionInTheFuture() throws Exception {
      QaRequest r =
          request(
              "{'registered':'Y','dfeNumber':'ABC','lastOfstedOutcome':'Good',"
                  + "'lastOfstedOn':'2026-10-31'}");

      QaVisitInput.preVisitCheck(r, CLOCK);

      assertThat(r.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("dfeNumber", "lastOfstedOn");
    }

    @Test
    void rejectsInspectionDetailsForUnregisteredProvision() throws Exception {
      QaRequest r =
          request(
              "{'registered':'N','dfeNumber':'8846001','lastOfstedOutcome':'Good',"
                  + "'lastOfstedOn':'2024-01-01','areasForImprovement':['x']}");

      QaVisitInput.preVisitCheck(r, CLOCK);

      assertThat(r.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder(
              "dfeNumber", "lastOfstedOutcome", "lastOfstedOn", "areasForImprovement");
    }

    @Test
    void rejectsAreasThatAreNotAListOfText() throws Exception {
      QaRequest notList =
          request("{'registered':'Y','dfeNumber':'8846001','areasForImprovement':'x'}");
      QaRequest blank =
          request("{'registered':'Y','dfeNumber':'8846001','areasForImprovement':['ok',' ',3]}");

      QaVisitInput.preVisitCheck(notList, CLOCK);
      QaVisitInput.preVisitCheck(blank, CLOCK);

      assertThat(notList.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("areasForImprovement");
      assertThat(blank.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("areasForImprovement", "areasForImprovement");
    }

    @Test
    void rejectsAMissingRegistrationStatus() throws Exception {
      QaRequest r = request("{}");

      QaVisitInput.preVisitCheck(r, CLOCK);

      assertThat(r.reader.problems()).extracting(FieldProblem::field).containsExactly("registered");
    }
  }

  @Nested
  class PriorityAndCompletion {
    @Test
    void readsAThemesPrioritiesAndRejectsThemNull() throws Exception {
      QaRequest ok =
          QaRequest.of(
              json("{'priorities':'Agree baselines'}"),
              QaVisitInput.PRIORITY_FIELDS,
              Set.of(),
              Map.of("visitId", "V-1", "theme", "8"));
      QaRequest empty =
          QaRequest.of(
              json("{}"),
              QaVisitInput.PRIORITY_FIELDS,
              Set.of(),
              Map.of("visitId", "V-1", "theme", "eight"));

      assertThat(QaVisitInput.priority(ok.reader))
          .isEqualTo(new SetQaThemePriorityCommand("V-1", 8, "Agree baselines"));
      assertThat(QaVisitInput.priority(empty.reader)).isNull();
      assertThat(empty.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("theme", "priorities");
    }

    @Test
    void completesWithoutABodyOrWithADate() throws Exception {
      QaRequest none =
          QaRequest.of(null, QaVisitInput.COMPLETE_FIELDS, Set.of(), Map.of("visitId", "V-1"));
      QaRequest dated =
          QaRequest.of(
              json("{'completedOn':'2026-10-15'}"),
              QaVisitInput.COMPLETE_FIELDS,
              Set.of(),
              Map.of("visitId", "V-1"));
      QaRequest bad =
          QaRequest.of(
              json("{'completedOn':'yesterday'}"),
              QaVisitInput.COMPLETE_FIELDS,
              Set.of(),
              Map.of("visitId", "V-1"));

      assertThat(QaVisitInput.complete(none)).isEqualTo(new CompleteQaVisitCommand("V-1", null));
      assertThat(QaVisitInput.complete(dated))
          .isEqualTo(new CompleteQaVisitCommand("V-1", LocalDate.of(2026, 10, 15)));
      assertThat(QaVisitInput.complete(bad)).isNull();
      assertThat(bad.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("completedOn");
    }
  }
}
