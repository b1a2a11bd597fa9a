package org.waymark.command.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
 * Confidential reviews and erasure through the API on real PostgreSQL and Kafka: the text is not in
 * the event store's raw payloads, only the author and the safeguarding lead read it, every read is
 * an event, and erasure shreds the key so the content is gone (410) and nothing more is recorded.
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PrivacyApiIT {
  static final String SENTINEL = "Zebedee-" + UUID.randomUUID();
  static final String NAME = "Quixotic" + UUID.randomUUID().toString().substring(0, 8);

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, PrivacyApiIT.class);
  }

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalData personalData;

  ResponseEntity<JsonNode> call(
      HttpMethod method, String path, Object body, String user, String roles) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      h.setBasicAuth(account(user, roles), PASSWORD);
    }
    return http.exchange(path, method, new HttpEntity<>(body, h), JsonNode.class);
  }

  static final String PASSWORD = "privacy-it-password-01";
  final java.util.Set<String> created = new java.util.HashSet<>();

  /**
   * A real local account for {@code user} with {@code roles} (comma-separated; none: a senior
   * manager, who registers learners), created through the admin API on first use. Tutors also hold
   * SENIOR_MANAGER so they may record for any learner: what this test checks is who reads
   * confidential content; tutors' assignments have a test of their own (AccessControlIT).
   */
  String account(String user, String roles) {
    String username = !"admin".equals(user) ? user : roles == null ? "it-registrar" : "it-dpo";
    if (created.add(username)) {
      java.util.List<String> granted =
          new java.util.ArrayList<>(
              java.util.List.of((roles == null ? "SENIOR_MANAGER" : roles).split(",")));
      if (granted.contains("TUTOR")) {
        granted.add("SENIOR_MANAGER");
      }
      ResponseEntity<String> r =
          http.withBasicAuth("admin", CommandSideServices.ADMIN_PASSWORD)
              .postForEntity(
                  "/api/v1/admin/users",
                  Map.of(
                      "username", username,
                      "password", PASSWORD,
                      "roles", granted,
                      "providers", java.util.List.of()),
                  String.class);
      assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
    }
    return username;
  }

  void registerLearner(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("learnerId", id);
    m.put("providerId", "P-01");
    m.put("givenName", NAME);
    m.put("familyName", NAME + "son");
    m.put("dateOfBirth", "2010-12-09");
    m.put("sex", "F");
    m.put("ethnicity", "WBRI");
    m.put("send", "N");
    m.put("disadvantaged", "Y");
    m.put("lookedAfter", "N");
    m.put("eal", "N");
    m.put("yearGroup", "11");
    m.put("enrolledOn", "2021-09-01");
    assertThat(call(HttpMethod.POST, "/api/v1/learners", m, "admin", null).getStatusCode().value())
        .isEqualTo(201);
  }

  ResponseEntity<JsonNode> recordReview(String reviewId, String learnerId, boolean confidential) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reviewId", reviewId);
    m.put("learnerId", learnerId);
    m.put("heldOn", "2024-10-01");
    m.put("tutor", "T. Tutor");
    m.put("onTarget", "Y");
    m.put("punctuality", "GOOD");
    m.put("confidential", confidential ? "Y" : "N");
    m.put("learnerComment", "learner says " + SENTINEL);
    m.put("tutorComment", "tutor says " + SENTINEL);
    return call(HttpMethod.POST, "/api/v1/reviews", m, "tutor.a", "TUTOR");
  }

  List<String> rawPayloads() {
    return jdbc.query(
        "SELECT payload FROM domain_event_entry ORDER BY global_index",
        (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8));
  }

  long reads(String reviewId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ?"
            + " AND aggregate_identifier = ?",
        Long.class,
        "org.waymark.api.review.ConfidentialReviewReadEvent",
        "review:" + reviewId);
  }

  @Test
  void aConfidentialReviewIsSealedAndReadOnlyByItsAuthorOrTheSafeguardingLead() {
    registerLearner("L-P1");
    assertThat(recordReview("R-P1", "L-P1", true).getStatusCode().value()).isEqualTo(201);

    List<String> payloads = rawPayloads();
    assertThat(payloads).isNotEmpty().noneMatch(p -> p.contains(SENTINEL) || p.contains(NAME));
    assertThat(payloads).anyMatch(p -> p.contains(PersonalData.PREFIX));

    String path = "/api/v1/reviews/R-P1/confidential";
    assertThat(call(HttpMethod.GET, path, null, null, null).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<JsonNode> other = call(HttpMethod.GET, path, null, "tutor.c", "TUTOR");
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    assertThat(other.getBody().toString()).doesNotContain(SENTINEL);
    assertThat(reads("R-P1")).isZero();

    ResponseEntity<JsonNode> author = call(HttpMethod.GET, path, null, "tutor.a", "TUTOR");
    assertThat(author.getStatusCode().value()).isEqualTo(200);
    assertThat(author.getBody().get("tutorComment").asText()).isEqualTo("tutor says " + SENTINEL);
    assertThat(author.getBody().get("author").asText()).isEqualTo("tutor.a");
    assertThat(reads("R-P1")).isEqualTo(1);

    ResponseEntity<JsonNode> lead =
        call(HttpMethod.GET, path, null, "lead.b", "TUTOR,SAFEGUARDING_LEAD");
    assertThat(lead.getStatusCode().value()).isEqualTo(200);
    assertThat(lead.getBody().get("learnerComment").asText()).isEqualTo("learner says " + SENTINEL);
    assertThat(reads("R-P1")).isEqualTo(2);
    String lastRead =
        jdbc.queryForObject(
            "SELECT convert_from(payload, 'UTF8') || ' ' || convert_from(meta_data, 'UTF8')"
                + " FROM domain_event_entry WHERE aggregate_identifier = 'review:R-P1'"
                + " ORDER BY sequence_number DESC LIMIT 1",
            String.class);
    assertThat(lastRead).contains("\"readBy\":\"lead.b\"").contains("\"readAt\"");
    assertThat(rawPayloads()).noneMatch(p -> p.contains(SENTINEL));

    assertThat(
            call(
                    HttpMethod.GET,
                    "/api/v1/reviews/R-none/confidential",
                    null,
                    "lead.b",
                    "SAFEGUARDING_LEAD")
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(recordReview("R-P2", "L-P1", false).getStatusCode().value()).isEqualTo(201);
    ResponseEntity<JsonNode> plain =
        call(
            HttpMethod.GET,
            "/api/v1/reviews/R-P2/confidential",
            null,
            "lead.b",
            "SAFEGUARDING_LEAD");
    assertThat(plain.getStatusCode().value()).isEqualTo(409);
    assertThat(plain.getBody().get("detail").asText()).contains("not confidential");
  }

  @Test
  void erasureShredsTheKeyAndRefusesWhatFollows() {
    registerLearner("L-P3");
    assertThat(recordReview("R-P3", "L-P3", true).getStatusCode().value()).isEqualTo(201);
    assertThat(personalData.keys().find("L-P3")).isPresent();

    ResponseEntity<JsonNode> bad =
        call(
            HttpMethod.POST,
            "/api/v1/learners/L-P3/erasure",
            Map.of("basis", "BECAUSE"),
            "admin",
            "ADMIN");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().toString()).contains("basis");
    assertThat(
            call(
                    HttpMethod.POST,
                    "/api/v1/learners/L-none/erasure",
                    Map.of("basis", "RETENTION_EXPIRED"),
                    "admin",
                    "ADMIN")
                .getStatusCode()
                .value())
        .isEqualTo(404);

    long before = jdbc.queryForObject("SELECT COUNT(*) FROM privacy.learner_key", Long.class);
    ResponseEntity<JsonNode> erased =
        call(
            HttpMethod.POST,
            "/api/v1/learners/L-P3/erasure",
            Map.of("basis", "DATA_SUBJECT_REQUEST"),
            "admin",
            "ADMIN");
    assertThat(erased.getStatusCode().value()).isEqualTo(200);
    assertThat(erased.getBody().get("position").asLong()).isPositive();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy.learner_key", Long.class))
        .isEqualTo(before - 1);
    assertThat(personalData.keys().find("L-P3")).isEmpty();
    String stored =
        jdbc.queryForObject(
            "SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE payload_type = 'org.waymark.api.learner.LearnerErasedEvent'"
                + " AND aggregate_identifier = 'L-P3'",
            String.class);
    assertThat(stored).contains("\"recordedBy\":\"it-dpo\"");

    ResponseEntity<JsonNode> gone =
        call(
            HttpMethod.GET,
            "/api/v1/reviews/R-P3/confidential",
            null,
            "lead.b",
            "SAFEGUARDING_LEAD");
    assertThat(gone.getStatusCode().value()).isEqualTo(410);
    assertThat(gone.getBody().get("detail").asText()).contains("erased");

    ResponseEntity<JsonNode> again =
        call(
            HttpMethod.POST,
            "/api/v1/learners/L-P3/erasure",
            Map.of("basis", "DATA_SUBJECT_REQUEST"),
            "admin",
            "ADMIN");
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    ResponseEntity<JsonNode> review = recordReview("R-P4", "L-P3", false);
    assertThat(review.getStatusCode().value()).isEqualTo(409);
    assertThat(review.getBody().get("detail").asText()).contains("erased");
  }
}
