package org.waymark.command.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.api.qa.QaIds;
import org.waymark.command.CommandSideServices;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * QA visits and improvement plans end to end on real PostgreSQL and Kafka: the catalogue, a visit
 * from scheduling to completion with an amendment on the way, a plan from opening to closure, bad
 * input refused naming the field, and change after completion or closure refused as a conflict with
 * nothing stored.
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // close the app before the shared services stop at the end of the run
class QaApiIT {
  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, QaApiIT.class);
  }

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    http = org.waymark.command.CommandSideServices.signedIn(http);
  }

  @Autowired JdbcTemplate jdbc;

  ResponseEntity<JsonNode> send(HttpMethod method, String path, Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
  }

  ResponseEntity<JsonNode> post(String path, Object body) {
    return send(HttpMethod.POST, path, body);
  }

  ResponseEntity<JsonNode> put(String path, Object body) {
    return send(HttpMethod.PUT, path, body);
  }

  long eventsOf(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
        Long.class,
        aggregateId);
  }

  List<String> typesOf(String aggregateId) {
    return jdbc.queryForList(
        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
            + " ORDER BY sequence_number",
        String.class,
        aggregateId);
  }

  static List<String> fields(ResponseEntity<JsonNode> response) {
    List<String> fields = new ArrayList<>();
    response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  static Map<String, Object> visit(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("visitId", id);
    m.put("providerId", "P-QA");
    m.put("visitOn", "2026-01-14");
    m.put("visitors", "LA QA officer");
    return m;
  }

  static Map<String, Object> judgement(String judgement, String evidence) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("judgement", judgement);
    m.put("evidence", evidence);
    return m;
  }

  @Test
  void servesTheFrameworkCatalogueWithItsNineThemesAndFortyFourCriteria() {
    ResponseEntity<JsonNode> response =
        http.getForEntity("/api/v1/catalogues/qa-framework", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = response.getBody();
    assertThat(body.get("themes")).hasSize(9);
    int criteria = 0;
    for (JsonNode theme : body.get("themes")) {
      criteria += theme.get("criteria").size();
    }
    assertThat(criteria).isEqualTo(44);
    assertThat(body.get("criterionCount").asInt()).isEqualTo(44);
    JsonNode safeguarding = body.get("themes").get(0);
    assertThat(safeguarding.get("essential").asBoolean()).isTrue();
    assertThat(safeguarding.get("judgements").toString()).isEqualTo("[\"FULLY_MET\",\"NOT_MET\"]");
    assertThat(safeguarding.get("criteria").get(0).get("criterion").asText()).isEqualTo("1.1");
  }

  @Test
  void recordsAVisitFromSchedulingToCompletionAndRefusesAJudgementAfterwards() {
    String base = "/api/v1/qa/visits/QA-V1";
    ResponseEntity<JsonNode> scheduled = post("/api/v1/qa/visits", visit("QA-V1"));
    assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(scheduled.getHeaders().getLocation()).hasToString(base);

    Map<String, Object> check = new LinkedHashMap<>();
    check.put("registered", "Y");
    check.put("dfeNumber", "884/6001");
    check.put("lastOfstedOutcome", "Good");
    check.put("lastOfstedOn", "2024-03-12");
    check.put("areasForImprovement", List.of("Attendance tracking"));
    assertThat(put(base + "/pre-visit-check", check).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(put(base + "/judgements/1/1", judgement("FULLY_MET", "SCR seen")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    long afterFirst = eventsOf(QaIds.visit("QA-V1"));
    ResponseEntity<JsonNode> repeat =
        put(base + "/judgements/1/1.1", judgement("FULLY_MET", "SCR seen"));
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(eventsOf(QaIds.visit("QA-V1")))
        .as("an identical re-judgement stores nothing")
        .isEqualTo(afterFirst);

    assertThat(
            put(base + "/judgements/3/5", judgement("PARTIALLY_MET", "Draft SEF")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> amended = judgement("FULLY_MET", "Final SEF");
    amended.put("reason", "Document supplied after the visit");
    assertThat(put(base + "/judgements/3/5", amended).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            put(base + "/priorities/3", Map.of("priorities", "Keep the SEF current"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> completed =
        post(base + "/complete", Map.of("completedOn", "2026-01-15"));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(completed.getBody().get("position").asLong()).isPositive();
    assertThat(typesOf(QaIds.visit("QA-V1")))
        .containsExactly(
            "org.waymark.api.qa.QaVisitScheduledEvent",
            "org.waymark.api.qa.PreVisitCheckRecordedEvent",
            "org.waymark.api.qa.QaCriterionJudgedEvent",
            "org.waymark.api.qa.QaCriterionJudgedEvent",
            "org.waymark.api.qa.QaCriterionJudgementAmendedEvent",
            "org.waymark.api.qa.QaThemePrioritySetEvent",
            "org.waymark.api.qa.QaVisitCompletedEvent");

    long before = eventsOf(QaIds.visit("QA-V1"));
    ResponseEntity<JsonNode> late = put(base + "/judgements/2/4", judgement("NOT_MET", null));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(late)).containsExactly("criterion");
    assertThat(eventsOf(QaIds.visit("QA-V1"))).isEqualTo(before);
    assertThat(post(base + "/complete", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void refusesPartiallyMetForSafeguardingNamingTheJudgementAndStoresNothing() {
    assertThat(post("/api/v1/qa/visits", visit("QA-V2")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    long before = eventsOf(QaIds.visit("QA-V2"));

    ResponseEntity<JsonNode> response =
        put("/api/v1/qa/visits/QA-V2/judgements/1/3", judgement("PARTIALLY_MET", "Partial"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(response)).containsExactly("judgement");
    assertThat(eventsOf(QaIds.visit("QA-V2"))).isEqualTo(before);
  }

  @Test
  void refusesAVisitWithBadFieldsNamingEveryOne() {
    Map<String, Object> bad = visit("QA V3");
    bad.remove("providerId");
    bad.put("visitOn", "14/01/2026");
    bad.put("grade", "Good");

    ResponseEntity<JsonNode> response = post("/api/v1/qa/visits", bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response))
        .containsExactlyInAnyOrder("visitId", "providerId", "visitOn", "grade");
  }

  @Test
  void answersNotFoundForAJudgementOnAVisitNeverScheduled() {
    ResponseEntity<JsonNode> response =
        put("/api/v1/qa/visits/QA-NONE/judgements/4/1", judgement("FULLY_MET", null));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(eventsOf(QaIds.visit("QA-NONE"))).isZero();
  }

  @Test
  void recordsAnImprovementPlanFromOpeningToClosureAndRefusesAReviewAfterwards() {
    String base = "/api/v1/qa/improvement-plans/QA-PIP1";
    Map<String, Object> open = new LinkedHashMap<>();
    open.put("planId", "QA-PIP1");
    open.put("providerId", "P-QA");
    open.put("visitId", "QA-V1");
    open.put("openedOn", "2026-01-16");
    ResponseEntity<JsonNode> opened = post("/api/v1/qa/improvement-plans", open);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> action = new LinkedHashMap<>();
    action.put("actionId", "A1");
    action.put("theme", 3);
    action.put("criterion", "5");
    action.put("area", "Self-evaluation");
    action.put("action", "Write an overall self-evaluation document");
    action.put("byWhen", "2026-04-30");
    action.put("personResponsible", "Centre manager");
    ResponseEntity<JsonNode> added = post(base + "/actions", action);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getHeaders().getLocation()).hasToString(base + "/actions/A1");

    assertThat(post(base + "/close", null).getStatusCode())
        .as("a plan with an open action cannot close")
        .isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> review =
        Map.of("reviewedOn", "2026-03-01", "progress", "Draft", "status", "ON_TRACK");
    assertThat(post(base + "/actions/A1/reviews", review).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            post(
                    base + "/actions/A1/close",
                    Map.of("closedOn", "2026-04-20", "outcome", "ACHIEVED"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(post(base + "/close", Map.of("closedOn", "2026-07-15")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    long before = eventsOf(QaIds.plan("QA-PIP1"));

    ResponseEntity<JsonNode> late =
        post(base + "/actions/A1/reviews", Map.of("progress", "More", "status", "ACHIEVED"));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(fields(late)).containsExactly("planId");
    assertThat(eventsOf(QaIds.plan("QA-PIP1"))).isEqualTo(before);
    assertThat(typesOf(QaIds.plan("QA-PIP1")))
        .containsExactly(
            "org.waymark.api.qa.ImprovementPlanOpenedEvent",
            "org.waymark.api.qa.ImprovementActionAddedEvent",
            "org.waymark.api.qa.ImprovementActionReviewedEvent",
            "org.waymark.api.qa.ImprovementActionClosedEvent",
            "org.waymark.api.qa.ImprovementPlanClosedEvent");
  }

  @Test
  void refusesAnActionWithoutItsRequiredFieldsNamingThem() {
    Map<String, Object> open = Map.of("planId", "QA-PIP2", "providerId", "P-QA");
    assertThat(post("/api/v1/qa/improvement-plans", open).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> response =
        post("/api/v1/qa/improvement-plans/QA-PIP2/actions", Map.of("actionId", "A1", "theme", 12));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response))
        .containsExactlyInAnyOrder("theme", "area", "action", "byWhen", "personResponsible");
  }
}
