package org.waymark.command.selfreview;

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
import org.waymark.command.CommandSideServices;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Self-reviews, learning plans and destinations end to end on real PostgreSQL and Kafka: the
 * catalogues are served as data; judgements, plans and destinations land in the event store;
 * repeats store nothing; bad input is refused naming the field; state conflicts answer 409.
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // close the app before the shared services stop at the end of the run
class SelfReviewApiIT {

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, SelfReviewApiIT.class);
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

  List<String> payloadTypes(String aggregateId) {
    return jdbc.queryForList(
        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
            + " ORDER BY sequence_number",
        String.class,
        aggregateId);
  }

  long eventsStored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  static List<String> fieldsIn(ResponseEntity<JsonNode> problem) {
    List<String> fields = new ArrayList<>();
    problem.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  static Map<String, Object> judgement(String judgement, String evidence, String priority) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("judgement", judgement);
    m.put("evidence", evidence);
    m.put("priority", priority);
    return m;
  }

  @Test
  void servesTheThreeSelfReviewCataloguesAsData() {
    JsonNode ecm = http.getForObject("/api/v1/catalogues/ecm-find-the-gaps", JsonNode.class);
    JsonNode ilp = http.getForObject("/api/v1/catalogues/ilp-checklist", JsonNode.class);
    JsonNode prm =
        http.getForObject("/api/v1/catalogues/progress-review-monitoring", JsonNode.class);

    assertThat(ecm.get("catalogue").asText()).isEqualTo("ECM_FIND_THE_GAPS");
    assertThat(ecm.get("items")).hasSize(227);
    assertThat(ecm.get("outcomes")).hasSize(5);
    JsonNode first = ecm.get("items").get(0);
    assertThat(first.get("code").asText()).isEqualTo("W01");
    assertThat(first.get("section").asText()).isEqualTo("Learner Outcomes");
    assertThat(first.get("outcome").asText()).isEqualTo("W");
    assertThat(ilp.get("items")).hasSize(39);
    assertThat(prm.get("items")).hasSize(46);
    assertThat(prm.get("items").get(0).get("outcome").isNull()).isTrue();
  }

  @Test
  void recordsAWholeSelfReviewAndRefusesAnythingAfterCompletion() {
    ResponseEntity<JsonNode> started =
        post(
            "/api/v1/self-reviews",
            Map.of(
                "reviewId", "SR-100",
                "providerId", "P-01",
                "catalogue", "ECM_FIND_THE_GAPS",
                "startedOn", "2026-10-05"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getHeaders().getLocation()).hasToString("/api/v1/self-reviews/SR-100");

    String a46 = "/api/v1/self-reviews/SR-100/items/A46";
    assertThat(put(a46, judgement("PARTLY", "English and maths only", "HIGH")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    long afterFirst = eventsStored();
    assertThat(put(a46, judgement("PARTLY", "English and maths only", "HIGH")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(eventsStored()).as("an identical re-judgement stores nothing").isEqualTo(afterFirst);
    assertThat(put(a46, judgement("IN_PLACE", "Every area tracked", "LOW")).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> completed =
        post("/api/v1/self-reviews/SR-100/completion", Map.of("completedOn", "2026-11-20"));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(payloadTypes("SR-100"))
        .containsExactly(
            "org.waymark.api.selfreview.SelfReviewStartedEvent",
            "org.waymark.api.selfreview.SelfReviewItemJudgedEvent",
            "org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent",
            "org.waymark.api.selfreview.SelfReviewCompletedEvent");

    long before = eventsStored();
    ResponseEntity<JsonNode> late =
        put("/api/v1/self-reviews/SR-100/items/A50", judgement("GAP", null, "HIGH"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(fieldsIn(late)).containsExactly("reviewId");
    assertThat(eventsStored()).isEqualTo(before);
  }

  @Test
  void refusesAJudgementNamingEveryBadFieldAndACodeOutsideTheCatalogue() {
    post(
        "/api/v1/self-reviews",
        Map.of(
            "reviewId", "SR-200",
            "providerId", "P-01",
            "catalogue", "ILP_CHECKLIST",
            "startedOn", "2026-10-05"));
    long before = eventsStored();

    ResponseEntity<JsonNode> bad =
        put("/api/v1/self-reviews/SR-200/items/ILP07", judgement("MAYBE", null, "SOON"));
    ResponseEntity<JsonNode> foreign =
        put("/api/v1/self-reviews/SR-200/items/A46", judgement("GAP", null, "HIGH"));

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fieldsIn(bad)).containsExactlyInAnyOrder("judgement", "priority");
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsIn(foreign)).containsExactly("code");
    assertThat(eventsStored()).isEqualTo(before);
  }

  @Test
  void answersNotFoundForAReviewNeverStarted() {
    ResponseEntity<JsonNode> response =
        put("/api/v1/self-reviews/SR-404/items/W01", judgement("GAP", null, "HIGH"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void keepsALearnersPlanApartFromTheLearnersOwnStreamThroughItsThreeStages() {
    Map<String, Object> learner = new LinkedHashMap<>();
    learner.put("learnerId", "L-500");
    learner.put("providerId", "P-01");
    learner.put("givenName", "Grace");
    learner.put("familyName", "Hopper");
    learner.put("dateOfBirth", "2010-12-09");
    learner.put("sex", "F");
    learner.put("ethnicity", "WBRI");
    learner.put("send", "N");
    learner.put("disadvantaged", "Y");
    learner.put("lookedAfter", "N");
    learner.put("eal", "N");
    learner.put("enrolledOn", "2021-09-01");
    assertThat(post("/api/v1/learners", learner).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("agreedOn", "2026-09-29");
    plan.put("progressionAspiration", "Level 2 hairdressing");
    plan.put("longTermTargets", List.of("Functional Skills English Level 1"));
    plan.put("qualifications", List.of("Level 1 Award in Hair and Beauty"));
    ResponseEntity<JsonNode> tooEarly = post("/api/v1/learners/L-500/plan/agreement", plan);
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> needs = new LinkedHashMap<>();
    needs.put("identifiedOn", "2026-09-15");
    needs.put("english", "Entry 3");
    needs.put("maths", "Entry 2");
    needs.put("ict", "Level 1");
    needs.put("personalAndSocial", "Confidence in groups");
    needs.put("vocational", "Hairdressing");
    needs.put("learningDifficulties", "Dyslexia");
    assertThat(post("/api/v1/learners/L-500/plan/needs", needs).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(post("/api/v1/learners/L-500/plan/agreement", plan).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Map<String, Object> revision = new LinkedHashMap<>(plan);
    revision.remove("agreedOn");
    revision.put("revisedOn", "2026-11-02");
    revision.put("progressionAspiration", "Level 2 barbering");
    revision.put("reason", "Aspiration changed after the taster");
    assertThat(post("/api/v1/learners/L-500/plan/revisions", revision).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Map<String, Object> entry =
        Map.of("entryId", "LOG-1", "writtenOn", "2026-10-02", "whatILearned", "Mixing colour");
    assertThat(post("/api/v1/learners/L-500/plan/log-entries", entry).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> badList =
        post(
            "/api/v1/learners/L-500/plan/revisions",
            Map.of(
                "revisedOn", "2026-11-03",
                "progressionAspiration", "Level 2 barbering",
                "longTermTargets", List.of("", "ok"),
                "reason", "x"));
    assertThat(badList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsIn(badList)).containsExactly("longTermTargets[0]");

    assertThat(payloadTypes("L-500"))
        .containsExactly("org.waymark.api.learner.LearnerRegisteredEvent");
    assertThat(payloadTypes("learning-plan:L-500"))
        .containsExactly(
            "org.waymark.api.plan.LearningNeedsIdentifiedEvent",
            "org.waymark.api.plan.LearningPlanAgreedEvent",
            "org.waymark.api.plan.LearningPlanRevisedEvent",
            "org.waymark.api.plan.LearningLogEntryRecordedEvent");
  }

  @Test
  void recordsAMovingOnPlanAndADestinationThenAnAmendment() {
    assertThat(
            post(
                    "/api/v1/learners/L-600/destination/moving-on-plan",
                    Map.of(
                        "agreedOn", "2026-06-01",
                        "intendedDestination", "EDUCATION",
                        "intendedDetail", "Level 2 Diploma",
                        "transitionSupport", "College taster day"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> education =
        Map.of("knownOn", "2026-09-30", "destination", "EDUCATION", "detail", "Level 2 Diploma");
    assertThat(post("/api/v1/learners/L-600/destination", education).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    long before = eventsStored();
    assertThat(post("/api/v1/learners/L-600/destination", education).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(eventsStored()).isEqualTo(before);
    assertThat(
            post(
                    "/api/v1/learners/L-600/destination",
                    Map.of(
                        "knownOn", "2026-09-30",
                        "destination", "NEET",
                        "reason", "Left the course in week one"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<JsonNode> bad =
        post(
            "/api/v1/learners/L-600/destination",
            Map.of("knownOn", "2026-09-30", "destination", "UNIVERSITY"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldsIn(bad)).containsExactly("destination");

    assertThat(payloadTypes("destination:L-600"))
        .containsExactly(
            "org.waymark.api.destination.MovingOnPlanRecordedEvent",
            "org.waymark.api.destination.DestinationRecordedEvent",
            "org.waymark.api.destination.DestinationAmendedEvent");
  }
}
