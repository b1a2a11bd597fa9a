package org.waymark.command.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.qa.AddImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementPlanCommand;
import org.waymark.api.qa.ImprovementActionOutcome;
import org.waymark.api.qa.ImprovementActionStatus;
import org.waymark.api.qa.OpenImprovementPlanCommand;
import org.waymark.api.qa.ReviewImprovementActionCommand;
import org.waymark.command.web.FieldProblem;

class ImprovementPlanInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
  static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
  static final ObjectMapper JSON = new ObjectMapper();

  static QaRequest request(String body, Set<String> fields, Map<String, String> path)
      throws Exception {
    JsonNode node = body == null ? null : JSON.readTree(body.replace('\'', '"'));
    return QaRequest.of(node, fields, Set.of(), path);
  }

  static final Map<String, String> PLAN = Map.of("planId", "PIP-1");
  static final Map<String, String> ACTION = Map.of("planId", "PIP-1", "actionId", "A1");

  @Nested
  class Open {
    @Test
    void opensTodayWhenNoDateIsGiven() throws Exception {
      QaRequest r =
          request(
              "{'planId':'PIP-1','providerId':'P-07'}", ImprovementPlanInput.OPEN_FIELDS, Map.of());

      assertThat(ImprovementPlanInput.open(r, CLOCK))
          .isEqualTo(new OpenImprovementPlanCommand("PIP-1", "P-07", null, TODAY));
    }

    @Test
    void rejectsAMissingProviderABadVisitIdAndAFutureDate() throws Exception {
      QaRequest r =
          request(
              "{'planId':'PIP-1','visitId':'V 1','openedOn':'2027-02-02'}",
              ImprovementPlanInput.OPEN_FIELDS,
              Map.of());

      assertThat(ImprovementPlanInput.open(r, CLOCK)).isNull();
      assertThat(r.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("providerId", "visitId", "openedOn");
    }
  }

  @Nested
  class AddAction {
    @Test
    void readsAnActionAgainstACriterionWithinItsTheme() throws Exception {
      QaRequest r =
          request(
              "{'actionId':'A1','theme':'3','criterion':'5','area':'Self-evaluation',"
                  + "'action':'Write a SEF','byWhen':'2027-03-31','personResponsible':'Manager'}",
              ImprovementPlanInput.ACTION_FIELDS,
              PLAN);

      assertThat(ImprovementPlanInput.addAction(r))
          .isEqualTo(
              new AddImprovementActionCommand(
                  "PIP-1",
                  "A1",
                  3,
                  "3.5",
                  "Self-evaluation",
                  "Write a SEF",
                  LocalDate.of(2027, 3, 31),
                  "Manager"));
    }

    @Test
    void takesTheThemeFromAFullCriterionNumberAndAllowsNeither() throws Exception {
      QaRequest full =
          request(
              "{'actionId':'A1','criterion':'8.1','area':'a','action':'b','byWhen':'2027-03-31',"
                  + "'personResponsible':'c'}",
              ImprovementPlanInput.ACTION_FIELDS,
              PLAN);
      QaRequest neither =
          request(
              "{'actionId':'A1','area':'a','action':'b','byWhen':'2027-03-31','personResponsible':'c'}",
              ImprovementPlanInput.ACTION_FIELDS,
              PLAN);

      assertThat(ImprovementPlanInput.addAction(full).theme()).isEqualTo(8);
      assertThat(ImprovementPlanInput.addAction(neither).criterion()).isNull();
    }

    @Test
    void namesEveryMissingFieldAndAnUnknownCriterion() throws Exception {
      QaRequest missing = request("{'actionId':'A1'}", ImprovementPlanInput.ACTION_FIELDS, PLAN);
      QaRequest unknown =
          request(
              "{'actionId':'A1','theme':'4','criterion':'4.9','area':'a','action':'b',"
                  + "'byWhen':'2027-03-31','personResponsible':'c'}",
              ImprovementPlanInput.ACTION_FIELDS,
              PLAN);

      ImprovementPlanInput.addAction(missing);
      ImprovementPlanInput.addAction(unknown);

      assertThat(missing.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("area", "action", "byWhen", "personResponsible");
      assertThat(unknown.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("criterion");
    }
  }

  @Nested
  class ReviewAndClose {
    @Test
    void readsAReviewDatedTodayByDefault() throws Exception {
      QaRequest r =
          request(
              "{'progress':'Draft shared','status':'ON_TRACK'}",
              ImprovementPlanInput.REVIEW_FIELDS,
              ACTION);

      assertThat(ImprovementPlanInput.review(r, CLOCK))
          .isEqualTo(
              new ReviewImprovementActionCommand(
                  "PIP-1", "A1", TODAY, "Draft shared", ImprovementActionStatus.ON_TRACK));
    }

    @Test
    void rejectsAnUnknownStatusMissingProgressAndAFutureReview() throws Exception {
      QaRequest r =
          request(
              "{'status':'DONE','reviewedOn':'2027-02-02'}",
              ImprovementPlanInput.REVIEW_FIELDS,
              ACTION);

      assertThat(ImprovementPlanInput.review(r, CLOCK)).isNull();
      assertThat(r.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("status", "progress", "reviewedOn");
    }

    @Test
    void readsAnActionClosureAndRejectsOneWithoutAnOutcome() throws Exception {
      QaRequest ok =
          request("{'outcome':'WITHDRAWN'}", ImprovementPlanInput.CLOSE_ACTION_FIELDS, ACTION);
      QaRequest none = request(null, ImprovementPlanInput.CLOSE_ACTION_FIELDS, ACTION);

      assertThat(ImprovementPlanInput.closeAction(ok, CLOCK))
          .isEqualTo(
              new CloseImprovementActionCommand(
                  "PIP-1", "A1", TODAY, ImprovementActionOutcome.WITHDRAWN));
      assertThat(ImprovementPlanInput.closeAction(none, CLOCK)).isNull();
      assertThat(none.reader.problems()).extracting(FieldProblem::field).containsExactly("outcome");
    }

    @Test
    void readsAPlanClosureAndRejectsAFutureOne() throws Exception {
      QaRequest ok = request(null, ImprovementPlanInput.CLOSE_PLAN_FIELDS, PLAN);
      QaRequest future =
          request("{'closedOn':'2027-02-02'}", ImprovementPlanInput.CLOSE_PLAN_FIELDS, PLAN);

      assertThat(ImprovementPlanInput.closePlan(ok, CLOCK))
          .isEqualTo(new CloseImprovementPlanCommand("PIP-1", TODAY));
      assertThat(ImprovementPlanInput.closePlan(future, CLOCK)).isNull();
      assertThat(future.reader.problems())
          .extracting(FieldProblem::field)
          .containsExactly("closedOn");
    }
  }
}
