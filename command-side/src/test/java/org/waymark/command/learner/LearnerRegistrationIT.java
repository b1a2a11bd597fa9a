package org.waymark.command.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * The command side on real PostgreSQL and Kafka: a valid learner lands in the event store and on
 * the topic; bad input is refused field by field and stores nothing; a second registration is a
 * conflict.
 */
@WithEmbeddedServices
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // close the app before the shared services stop at the end of the run
class LearnerRegistrationIT {
  static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry r) {
    CommandSideServices.register(r, LearnerRegistrationIT.class);
  }

  @Autowired TestRestTemplate http;

  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    http = org.waymark.command.CommandSideServices.signedIn(http);
  }

  @Autowired JdbcTemplate jdbc;

  static Map<String, Object> learner(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("learnerId", id);
    m.put("providerId", "P-01");
    m.put("givenName", "Grace");
    m.put("familyName", "Hopper");
    m.put("dateOfBirth", "2010-12-09");
    m.put("sex", "F");
    m.put("ethnicity", "WBRI");
    m.put("send", "N");
    m.put("disadvantaged", "Y");
    m.put("lookedAfter", "N");
    m.put("eal", "N");
    m.put("yearGroup", "11");
    m.put("enrolledOn", "2021-09-01");
    return m;
  }

  ResponseEntity<JsonNode> post(Object body) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity("/api/v1/learners", new HttpEntity<>(body, h), JsonNode.class);
  }

  long eventsStored() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  @Test
  void storesARegisteredLearnerAndPublishesItWithItsPosition() {
    ResponseEntity<JsonNode> response = post(learner("L-100"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/learners/L-100");
    long position = response.getBody().get("position").asLong();
    Long stored =
        jdbc.queryForObject(
            "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'L-100'",
            Long.class);
    assertThat(position).isGreaterThanOrEqualTo(stored);
    String type =
        jdbc.queryForObject(
            "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = 'L-100'",
            String.class);
    assertThat(type).isEqualTo("org.waymark.api.learner.LearnerRegisteredEvent");

    ConsumerRecord<String, byte[]> published = awaitRecord("L-100");
    assertThat(header(published, "axon-metadata-position")).isEqualTo(Long.toString(stored));
    assertThat(header(published, "axon-metadata-recordedBy")).isEqualTo("it-tester");
    assertThat(header(published, "axon-metadata-source")).isEqualTo("api");
    // Names travel sealed with the learner's key (issue 7), never in clear.
    assertThat(new String(published.value(), StandardCharsets.UTF_8))
        .doesNotContain("Hopper")
        .contains("wmenc:v1:");
  }

  @Test
  void refusesInvalidInputNamingEveryBadFieldAndStoresNothing() throws Exception {
    long before = eventsStored();
    Map<String, Object> bad = learner("L-200");
    bad.put("sex", "X");
    bad.put("dateOfBirth", "2010-13-40");
    bad.remove("familyName");
    bad.put("disadvantaged", true);
    bad.put("favouriteColour", "blue");

    ResponseEntity<JsonNode> response = post(bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    List<String> fields = new ArrayList<>();
    response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "sex", "dateOfBirth", "familyName", "disadvantaged", "favouriteColour");
    assertThat(eventsStored()).isEqualTo(before);
  }

  @Test
  void refusesAnEnrolmentBeforeBirthNamingTheField() {
    Map<String, Object> bad = learner("L-300");
    bad.put("enrolledOn", "2009-01-01");

    ResponseEntity<JsonNode> response = post(bad);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").get(0).get("field").asText())
        .isEqualTo("enrolledOn");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    ResponseEntity<JsonNode> response = post("not json at all");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void answersConflictForASecondRegistrationOfTheSameId() {
    assertThat(post(learner("L-400")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long before = eventsStored();

    ResponseEntity<JsonNode> again = post(learner("L-400"));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("errors").get(0).get("field").asText()).isEqualTo("learnerId");
    assertThat(eventsStored()).isEqualTo(before);
  }

  static String header(ConsumerRecord<String, byte[]> record, String name) {
    var h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  static ConsumerRecord<String, byte[]> awaitRecord(String key) {
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(LearnerRegistrationIT.class);
    Properties p = new Properties();
    p.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        EmbeddedServicesExtension.services().kafkaBootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(ns.topic()));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (key.equals(r.key())) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("learner " + key + " was not published to Kafka within 60 s");
  }
}
