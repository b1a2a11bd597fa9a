package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * One learner end to end through the wiring the user runs: HTTP on one port, command side,
 * PostgreSQL event store, Kafka, query-side processor, Elasticsearch, HTTP again.
 */
@WithEmbeddedServices
class AllInOneIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static RunningWaymark waymark;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    waymark = RunningWaymark.start(AllInOneIT.class);
    base = waymark.base();
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.header("Authorization", RunningWaymark.TESTER).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postLearner(String json) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/learners"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static JsonNode get(String path) throws Exception {
    return JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + path))).body());
  }

  static final String LEARNER =
      """
      {"learnerId":"E2E-1","providerId":"P-01","givenName":"Mary","familyName":"Seacole",
       "dateOfBirth":"2011-11-23","sex":"F","ethnicity":"BCRB","send":"K","disadvantaged":"Y",
       "lookedAfter":"Y","eal":"N","yearGroup":"10","enrolledOn":"2022-09-05"}""";

  @Test
  void aRegisteredLearnerCanBeReadBackOnceProjected() throws Exception {
    HttpResponse<String> created = postLearner(LEARNER);
    assertThat(created.statusCode()).isEqualTo(201);
    long position = JSON.readTree(created.body()).get("position").asLong();

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode status = get("/api/v1/projections/status");
    while (!(status.get("caughtUp").asBoolean() && status.get("position").asLong() >= position)
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      status = get("/api/v1/projections/status");
    }
    assertThat(status.get("caughtUp").asBoolean()).as("caught up: %s", status).isTrue();
    assertThat(status.get("position").asLong()).isGreaterThanOrEqualTo(position);

    JsonNode learner = get("/api/v1/learners/E2E-1");
    assertThat(learner.get("familyName").asText()).isEqualTo("Seacole");
    assertThat(learner.get("ethnicGroup").asText()).isEqualTo("Black");
    assertThat(learner.get("lookedAfter").asText()).isEqualTo("Y");
    assertThat(learner.get("enrolledOn").asText()).isEqualTo("2022-09-05");
    assertThat(learner.get("recordedBy").asText()).isEqualTo("it-tester");

    assertThat(postLearner(LEARNER).statusCode()).isEqualTo(409);
  }

  @Test
  void badInputIsAProblemDocumentNamingTheField() throws Exception {
    HttpResponse<String> response = postLearner(LEARNER.replace("\"BCRB\"", "\"XXXX\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asText())
        .isEqualTo("ethnicity");
  }

  @Test
  void exportsPrometheusMetrics() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes");
  }
}
