package org.waymark.command.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.command.CommandSideServices;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.privacy.PersonalData;

/**
 * The learner progress record end to end on real PostgreSQL and Kafka: assessments, wider skills,
 * targets and outcomes, progress reviews and the behaviour log through their endpoints, and the
 * four datasets through the import endpoint. Each case checks what was stored, and that refused
 * input names the field and stores nothing.
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // close the app before the shared services stop at the end of the run
class ProgressRecordApiIT {

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, ProgressRecordApiIT.class);
  }

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    http = org.waymark.command.CommandSideServices.signedIn(http);
  }

  @Autowired JdbcTemplate jdbc;

  ResponseEntity<JsonNode> post(String path, Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(body, h), JsonNode.class);
  }

  ResponseEntity<JsonNode> importCsv(String dataset, String csv) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.parseMediaType("text/csv"));
    return http.postForEntity(
        "/api/v1/imports/" + dataset, new HttpEntity<>(csv, h), JsonNode.class);
  }

  long eventsStored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  List<String> eventTypes(String aggregateId) {
    return jdbc.queryForList(
        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
            + " ORDER BY sequence_number",
        String.class,
        aggregateId);
  }

  String latestPayload(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
            + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
        String.class,
        aggregateId);
  }

  static List<String> errorFields(ResponseEntity<JsonNode> response) {
    List<String> fields = new ArrayList<>();
    response.getBody().get("errors").forEach(e -> fields.add(e.path("field").asText()));
    return fields;
  }

  static Map<String, Object> target(String id, String learner) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("targetId", id);
    m.put("learnerId", learner);
    m.put("area", "maths");
    m.put("description", "Scale a recipe using fractions");
    m.put("measure", "Three recipes scaled without help");
    m.put("setOn", "2026-09-15");
    m.put("dueOn", "2026-10-23");
    m.put("longTermTargetId", "LT-1");
    return m;
  }

  static Map<String, Object> review(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reviewId", id);
    m.put("learnerId", "L-R1");
    m.put("heldOn", "2026-10-20");
    m.put("tutor", "J. Smith");
    m.put("lessons", "30");
    m.put("absences", "2");
    m.put("punctuality", "GOOD");
    m.put("workingTowards", "Entry Level 3");
    m.put("onTarget", "Y");
    m.put("learnerComment", "I like the practical work");
    m.put("tutorComment", "Good effort in class");
    m.put("previousTargetsMet", "N");
    m.put("whyNotMet", "Absent for two weeks");
    m.put("targetsReviewed", List.of(Map.of("targetId", "T-R1", "met", "N")));
    m.put("newTargetIds", List.of("T-R2"));
    m.put("learnerSignedOn", "2026-10-20");
    m.put("tutorSignedOn", "2026-10-21");
    m.put("copiesTo", List.of("LEARNER", "ILR", "HOME_SCHOOL", "PARENTS_CARERS"));
    m.put("confidential", "Y");
    m.put("nextReviewOn", "2026-12-01");
    return m;
  }

  @Nested
  class Assessments {
    Map<String, Object> assessment(String score) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("learnerId", "L-A1");
      m.put("area", "maths");
      m.put("date", "2026-09-15");
      m.put("kind", "BASELINE");
      m.put("score", score);
      return m;
    }

    @Test
    void recordsAScoreOnceAndAmendsAChangedOne() {
      String id = "assessment:L-A1:maths:2026-09-15:BASELINE";

      ResponseEntity<JsonNode> first = post("/api/v1/assessments", assessment("3.5"));
      ResponseEntity<JsonNode> again = post("/api/v1/assessments", assessment("3.5"));
      Map<String, Object> changed = assessment("4");
      changed.put("reason", "marking error");
      ResponseEntity<JsonNode> amended = post("/api/v1/assessments", changed);

      assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(first.getBody().get("assessmentId").asText()).isEqualTo(id);
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(amended.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes(id))
          .containsExactly(
              "org.waymark.api.progress.AssessmentRecordedEvent",
              "org.waymark.api.progress.AssessmentAmendedEvent");
      assertThat(latestPayload(id))
          .contains("\"previousScore\":3.5")
          .contains("\"reason\":\"" + PersonalData.PREFIX)
          .doesNotContain("marking error");
    }

    @Test
    void refusesAScoreThatIsNotANumberNamingTheField() {
      long before = eventsStored();

      ResponseEntity<JsonNode> response = post("/api/v1/assessments", assessment("high"));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(errorFields(response)).containsExactly("score");
      assertThat(eventsStored()).isEqualTo(before);
    }

    @Test
    void recordsWiderSkillsAndRefusesARatingAboveFive() {
      Map<String, Object> rating = new LinkedHashMap<>();
      rating.put("date", "2026-09-15");
      rating.put("kind", "BASELINE");
      rating.put("ratedBy", "LEARNER");
      rating.put("independence", "2");
      rating.put("confidence", "1");
      rating.put("selfEsteem", "2");
      rating.put("resilience", "3");

      ResponseEntity<JsonNode> ok = post("/api/v1/learners/L-A1/wider-skills", rating);
      rating.put("resilience", "6");
      ResponseEntity<JsonNode> bad = post("/api/v1/learners/L-A1/wider-skills", rating);

      assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes("wider-skills:L-A1:2026-09-15:BASELINE:LEARNER"))
          .containsExactly("org.waymark.api.progress.WiderSkillsRatedEvent");
      assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errorFields(bad)).containsExactly("resilience");
    }
  }

  @Nested
  class Targets {
    @Test
    void setsATargetAndRecordsItsOutcome() {
      ResponseEntity<JsonNode> set = post("/api/v1/targets", target("T-1", "L-T1"));
      ResponseEntity<JsonNode> carried =
          post(
              "/api/v1/targets/T-1/outcomes",
              Map.of("date", "2026-10-23", "outcome", "CARRIED_FORWARD", "newDueOn", "2026-11-20"));
      ResponseEntity<JsonNode> met =
          post("/api/v1/targets/T-1/outcomes", Map.of("date", "2026-11-20", "outcome", "MET"));

      assertThat(set.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(set.getHeaders().getLocation()).hasToString("/api/v1/targets/T-1");
      assertThat(carried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(met.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes("target:T-1"))
          .containsExactly(
              "org.waymark.api.target.TargetSetEvent",
              "org.waymark.api.target.TargetOutcomeRecordedEvent",
              "org.waymark.api.target.TargetOutcomeRecordedEvent");
    }

    @Test
    void answersConflictForASecondFinalOutcomeAndStoresNothing() {
      post("/api/v1/targets", target("T-2", "L-T1"));
      post("/api/v1/targets/T-2/outcomes", Map.of("date", "2026-10-23", "outcome", "MET"));
      long before = eventsStored();

      ResponseEntity<JsonNode> second =
          post("/api/v1/targets/T-2/outcomes", Map.of("date", "2026-10-30", "outcome", "NOT_MET"));

      assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(errorFields(second)).containsExactly("outcome");
      assertThat(second.getBody().get("detail").asText()).contains("final outcome");
      assertThat(eventsStored()).isEqualTo(before);
    }

    @Test
    void refusesATargetDueBeforeItWasSetNamingTheField() {
      Map<String, Object> bad = target("T-3", "L-T1");
      bad.put("dueOn", "2026-09-01");

      ResponseEntity<JsonNode> response = post("/api/v1/targets", bad);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errorFields(response)).containsExactly("dueOn");
      assertThat(eventTypes("target:T-3")).isEmpty();
    }

    @Test
    void refusesACarryForwardNotAfterTheDueDateFromTheAggregate() {
      post("/api/v1/targets", target("T-4", "L-T1"));

      ResponseEntity<JsonNode> response =
          post(
              "/api/v1/targets/T-4/outcomes",
              Map.of("date", "2026-10-20", "outcome", "CARRIED_FORWARD", "newDueOn", "2026-10-23"));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errorFields(response)).containsExactly("newDueOn");
    }

    @Test
    void answersNotFoundForAnOutcomeOfATargetNeverSet() {
      ResponseEntity<JsonNode> response =
          post("/api/v1/targets/T-NONE/outcomes", Map.of("date", "2026-10-23", "outcome", "MET"));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(eventTypes("target:T-NONE")).isEmpty();
    }
  }

  @Nested
  class Reviews {
    @Test
    void recordsTheWholeFormWithItsConfidentialFlag() {
      ResponseEntity<JsonNode> response = post("/api/v1/reviews", review("R-1"));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes("review:R-1"))
          .containsExactly("org.waymark.api.review.ProgressReviewRecordedEvent");
      assertThat(latestPayload("review:R-1"))
          .contains("\"confidential\":true")
          .contains("\"copiesTo\":[\"LEARNER\",\"ILR\",\"HOME_SCHOOL\",\"PARENTS_CARERS\"]")
          .contains("\"targetsReviewed\":[{\"targetId\":\"T-R1\",\"met\":false}]");
    }

    @Test
    void recordsAReviewOnceAndAmendsAChangedOne() {
      post("/api/v1/reviews", review("R-2"));
      post("/api/v1/reviews", review("R-2"));
      Map<String, Object> changed = review("R-2");
      changed.put("absences", "3");

      post("/api/v1/reviews", changed);

      assertThat(eventTypes("review:R-2"))
          .containsExactly(
              "org.waymark.api.review.ProgressReviewRecordedEvent",
              "org.waymark.api.review.ProgressReviewAmendedEvent");
    }

    @Test
    void refusesBadDatesAndListsNamingEachField() {
      Map<String, Object> bad = review("R-3");
      bad.put("nextReviewOn", "2026-10-01");
      bad.put("tutorSignedOn", "2026-10-19");
      bad.put("copiesTo", List.of("NEIGHBOURS"));

      ResponseEntity<JsonNode> response = post("/api/v1/reviews", bad);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errorFields(response))
          .containsExactlyInAnyOrder("nextReviewOn", "tutorSignedOn", "copiesTo[0]");
      assertThat(eventTypes("review:R-3")).isEmpty();
    }

    @Test
    void aReviewAndATargetMayShareAnIdAsMisExportsNumberBoth() {
      ResponseEntity<JsonNode> review = post("/api/v1/reviews", review("7"));
      ResponseEntity<JsonNode> target = post("/api/v1/targets", target("7", "L-R1"));

      assertThat(review.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(target.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes("review:7")).hasSize(1);
      assertThat(eventTypes("target:7")).hasSize(1);
    }

    @Test
    void answersConflictForAReviewIdRecordedForAnotherLearner() {
      post("/api/v1/reviews", review("R-4"));
      Map<String, Object> other = review("R-4");
      other.put("learnerId", "L-OTHER");

      ResponseEntity<JsonNode> response = post("/api/v1/reviews", other);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(errorFields(response)).containsExactly("learnerId");
    }
  }

  @Nested
  class Behaviour {
    Map<String, Object> incident(String severity) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("incidentId", "I-1");
      m.put("learnerId", "L-B1");
      m.put("occurredOn", "2026-11-03");
      m.put("category", "BULLYING");
      m.put("role", "TARGET");
      m.put("severity", severity);
      m.put("reportedBy", "J. Smith");
      m.put("description", "Name-calling at break");
      return m;
    }

    @Test
    void logsAnIncidentItsFollowUpAndARewardAndRefusesOtherDetailsUnderTheSameId() {
      ResponseEntity<JsonNode> logged = post("/api/v1/behaviour/incidents", incident("MEDIUM"));
      ResponseEntity<JsonNode> followedUp =
          post(
              "/api/v1/behaviour/incidents/I-1/follow-ups",
              Map.of(
                  "followedUpOn", "2026-11-04",
                  "followedUpBy", "J. Smith",
                  "homeSchoolInformed", "Y",
                  "parentsCarersInformed", "N",
                  "action", "Restorative conversation"));
      ResponseEntity<JsonNode> rewarded =
          post(
              "/api/v1/behaviour/rewards",
              Map.of(
                  "rewardId", "RW-1",
                  "learnerId", "L-B1",
                  "awardedOn", "2026-11-07",
                  "kind", "POINTS",
                  "points", "10",
                  "awardedBy", "J. Smith",
                  "sharedWithHomeSchool", "Y",
                  "reason", "Full attendance"));
      ResponseEntity<JsonNode> conflicting = post("/api/v1/behaviour/incidents", incident("HIGH"));

      assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(followedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(rewarded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(eventTypes("incident:I-1"))
          .containsExactly(
              "org.waymark.api.behaviour.BehaviourIncidentRecordedEvent",
              "org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent");
      assertThat(eventTypes("reward:RW-1"))
          .containsExactly("org.waymark.api.behaviour.RewardGivenEvent");
      assertThat(conflicting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(errorFields(conflicting)).containsExactly("incidentId");
    }

    @Test
    void refusesAnUnknownCategoryNamingTheField() {
      Map<String, Object> bad = incident("LOW");
      bad.put("incidentId", "I-2");
      bad.put("category", "FIGHT");

      ResponseEntity<JsonNode> response = post("/api/v1/behaviour/incidents", bad);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(errorFields(response)).containsExactly("category");
    }
  }

  @Nested
  class OpenApiDescription {
    @Test
    void describesEveryProgressRecordEndpoint() {
      JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");

      assertThat(paths.fieldNames())
          .toIterable()
          .contains(
              "/api/v1/assessments",
              "/api/v1/learners/{learnerId}/wider-skills",
              "/api/v1/targets",
              "/api/v1/targets/{targetId}/outcomes",
              "/api/v1/reviews",
              "/api/v1/behaviour/incidents",
              "/api/v1/behaviour/incidents/{incidentId}/follow-ups",
              "/api/v1/behaviour/rewards");
      assertThat(paths.at("/~1api~1v1~1targets~1{targetId}~1outcomes/post/summary").asText())
          .isEqualTo("Record or amend the outcome of a target");
    }
  }

  @Nested
  class Imports {
    static final String TARGETS =
        "target_id,learner_id,area,description,set_on,due_on\n"
            + "T-I1,L-I1,maths,\"Scale a recipe, with fractions\",2026-09-15,2026-10-23\n"
            + "T-I2,L-I1,english,Write a formal letter,2026-09-15,2026-10-23\n";

    @Test
    void importsTargetsAndOutcomesIdempotentlyAndAmendsAChangedRow() {
      ResponseEntity<JsonNode> first = importCsv("targets", TARGETS);
      ResponseEntity<JsonNode> again = importCsv("targets", TARGETS);
      ResponseEntity<JsonNode> changed =
          importCsv(
              "targets",
              TARGETS.replace("2026-09-15,2026-10-23\nT-I2", "2026-09-15,2026-10-30\nT-I2"));
      String outcomesCsv =
          "target_id,date,outcome,new_due_on\n"
              + "T-I1,2026-10-30,CARRIED_FORWARD,2026-11-20\n"
              + "T-I1,2026-11-20,PARTIALLY_MET,\n"
              + "T-I2,2026-10-23,MET,\n";
      ResponseEntity<JsonNode> outcomes = importCsv("target_outcomes", outcomesCsv);
      ResponseEntity<JsonNode> outcomesAgain = importCsv("target_outcomes", outcomesCsv);

      assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(first.getBody().get("events").asLong()).isEqualTo(2);
      assertThat(again.getBody().get("events").asLong()).isZero();
      assertThat(changed.getBody().get("events").asLong()).isEqualTo(1);
      assertThat(eventTypes("target:T-I1"))
          .startsWith(
              "org.waymark.api.target.TargetSetEvent", "org.waymark.api.target.TargetAmendedEvent");
      assertThat(outcomes.getBody().get("events").asLong()).isEqualTo(3);
      assertThat(outcomesAgain.getBody().get("events").asLong()).isZero();
    }

    @Test
    void refusesAnOutcomesFileWithASecondFinalOutcomeAndWritesNothing() {
      importCsv(
          "targets",
          "target_id,learner_id,area,description,set_on,due_on\n"
              + "T-I3,L-I1,maths,Count money,2026-09-15,2026-10-23\n");
      long before = eventsStored();

      ResponseEntity<JsonNode> response =
          importCsv(
              "target_outcomes",
              "target_id,date,outcome\nT-I3,2026-10-23,MET\nT-I3,2026-10-30,NOT_MET\n");

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(eventsStored()).isEqualTo(before);
    }

    @Test
    void importsAssessmentsAndListsABadRowByColumn() {
      ResponseEntity<JsonNode> ok =
          importCsv(
              "assessments",
              "learner_id,area,date,kind,score\n"
                  + "L-I2,maths,2026-09-15,BASELINE,2\n"
                  + "L-I2,maths,2026-11-01,PROGRESS,3.5\n");
      long before = eventsStored();
      ResponseEntity<JsonNode> bad =
          importCsv(
              "assessments",
              "learner_id,area,date,kind,score\n"
                  + "L-I2,english,2026-09-15,BASELINE,2\n"
                  + "L-I2,english,2026-11-01,MIDTERM,x\n");

      assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(ok.getBody().get("events").asLong()).isEqualTo(2);
      assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      List<String> columns = new ArrayList<>();
      bad.getBody().get("errors").forEach(e -> columns.add(e.path("column").asText()));
      assertThat(columns).containsExactlyInAnyOrder("kind", "score");
      assertThat(eventsStored()).isEqualTo(before);
    }

    @Test
    void aReviewsRowOfANewReviewCreatesItAndTheSameFileAgainRecordsNothing() throws Exception {
      String csv =
          "review_id,learner_id,held_on,tutor,on_target,punctuality\n"
              + "R-N1,L-R1,2026-10-20,J. Smith,Y,GOOD\n"
              + "R-N2,L-R1,2026-10-27,J. Smith,N,POOR\n";

      ResponseEntity<JsonNode> first = importCsv("reviews", csv);
      ResponseEntity<JsonNode> again = importCsv("reviews", csv);

      assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(first.getBody().get("events").asLong()).isEqualTo(2);
      assertThat(latestPayload("review:R-N2"))
          .contains("\"reviewId\":\"R-N2\"")
          .contains("\"punctuality\":\"POOR\"");
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(again.getBody().get("events").asLong()).isZero();
    }

    @Test
    void aReviewsRowAmendsOnlyItsColumnsOfAReviewRecordedThroughTheApi() throws Exception {
      post("/api/v1/reviews", review("R-I1"));
      String csv =
          "review_id,learner_id,held_on,tutor,on_target,punctuality\n"
              + "R-I1,L-R1,2026-10-20,J. Smith,Y,GOOD\n";

      ResponseEntity<JsonNode> same = importCsv("reviews", csv);
      ResponseEntity<JsonNode> changed = importCsv("reviews", csv.replace(",GOOD", ",POOR"));

      assertThat(same.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(same.getBody().get("events").asLong()).isZero();
      assertThat(changed.getBody().get("events").asLong()).isEqualTo(1);
      assertThat(latestPayload("review:R-I1"))
          .contains("\"punctuality\":\"POOR\"")
          .contains("\"lessons\":30")
          .doesNotContain("I like the practical work"); // sealed with the learner's key (issue 7)
      com.fasterxml.jackson.databind.JsonNode amended =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(latestPayload("review:R-I1"));
      assertThat(amended.at("/details/learnerComment").asText())
          .as("the comment is kept: the same sealed value as before")
          .startsWith("wmenc:v1:")
          .isEqualTo(amended.at("/previous/learnerComment").asText());
    }
  }
}
