package org.waymark.query.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.api.event.EventMetadata;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideApplication;
import org.waymark.query.status.ProjectionMeters;

/**
 * The query side on real Kafka, Elasticsearch and PostgreSQL. Events go onto the topic in the
 * publisher's wire format (the default Axon converter with the application's own event serializer,
 * stamped with a position), exactly as the command side sends them.
 */
@WithEmbeddedServices
class LearnerProjectionIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration PATIENCE = Duration.ofSeconds(60);

  final EmbeddedServices services = EmbeddedServicesExtension.services();
  final TestNamespace ns = EmbeddedServicesExtension.namespaceFor(LearnerProjectionIT.class);
  final HttpClient http = HttpClient.newHttpClient();
  ConfigurableApplicationContext app;
  Serializer eventSerializer;

  /** Settings as command-line arguments: they outrank the app's own application.yml. */
  ConfigurableApplicationContext startQuerySide(String indexPrefix) {
    return new SpringApplicationBuilder(QuerySideApplication.class)
        .run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--spring.datasource.url=" + ns.jdbcUrl(),
            "--spring.datasource.username=" + services.jdbcUsername(),
            "--spring.datasource.password=" + services.jdbcPassword(),
            "--spring.elasticsearch.uris=" + services.elasticsearchUrl(),
            "--axon.kafka.bootstrap-servers=" + services.kafkaBootstrapServers(),
            "--waymark.query.topic=" + ns.topic(),
            "--waymark.query.index-prefix=" + indexPrefix);
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  static LearnerRegisteredEvent registered(String id, boolean disadvantaged) {
    return new LearnerRegisteredEvent(
        id,
        "P-07",
        "Alan",
        "Turing",
        LocalDate.of(2012, 6, 23),
        Sex.M,
        Ethnicity.BAFR,
        SendStatus.E,
        disadvantaged,
        false,
        true,
        "9",
        LocalDate.of(2023, 9, 4));
  }

  /** Sends an event as the command side's publisher would, stamped with {@code position}. */
  void publish(LearnerRegisteredEvent event, long position) throws Exception {
    if (eventSerializer == null) {
      eventSerializer = app.getBean("eventSerializer", Serializer.class);
    }
    var converter = DefaultKafkaMessageConverter.builder().serializer(eventSerializer).build();
    var message =
        new GenericDomainEventMessage<>(
            "Learner",
            event.learnerId(),
            0,
            event,
            MetaData.with(EventMetadata.POSITION, Long.toString(position))
                .and(EventMetadata.RECORDED_BY, "it-user")
                .and(EventMetadata.SOURCE, "api"));
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers());
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(converter.createKafkaMessage(message, ns.topic())).get();
    }
  }

  String base() {
    int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode awaitStatus(Predicate<JsonNode> condition) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = JSON.readTree(get("/api/v1/projections/status").body());
      if (condition.test(last)) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("projections did not catch up within " + PATIENCE + ": " + last);
  }

  JsonNode awaitCaughtUpTo(long position) throws Exception {
    return awaitStatus(
        s -> s.get("caughtUp").asBoolean() && s.get("position").asLong() >= position);
  }

  /**
   * Documents in the learners read model, after a refresh (search and count are near-real-time).
   */
  long documents(String indexPrefix) throws Exception {
    http.send(
        HttpRequest.newBuilder(
                URI.create(services.elasticsearchUrl() + "/" + indexPrefix + "-learners/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    var response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        services.elasticsearchUrl() + "/" + indexPrefix + "-learners/_count"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body()).get("count").asLong();
  }

  @Test
  void projectsALearnerAndAnswersItsCurrentState() throws Exception {
    String prefix = ns.name() + "-state";
    app = startQuerySide(prefix);
    publish(registered("L-1", true), 41);

    JsonNode status = awaitCaughtUpTo(41);
    assertThat(status.get("eventsBehind").asLong()).isZero();

    JsonNode learner = JSON.readTree(get("/api/v1/learners/L-1").body());
    assertThat(learner.get("providerId").asText()).isEqualTo("P-07");
    assertThat(learner.get("ethnicity").asText()).isEqualTo("BAFR");
    assertThat(learner.get("ethnicGroup").asText()).isEqualTo("Black");
    assertThat(learner.get("send").asText()).isEqualTo("E");
    assertThat(learner.get("disadvantaged").asText()).isEqualTo("Y");
    assertThat(learner.get("eal").asText()).isEqualTo("Y");
    assertThat(learner.get("dateOfBirth").asText()).isEqualTo("2012-06-23");
    assertThat(learner.get("recordedBy").asText()).isEqualTo("it-user");
    assertThat(learner.get("position").asLong()).isEqualTo(41);

    HttpResponse<String> missing = get("/api/v1/learners/NOBODY");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void aRedeliveredEventChangesNothing() throws Exception {
    String prefix = ns.name() + "-dup";
    app = startQuerySide(prefix);
    publish(registered("L-2", false), 50);
    publish(registered("L-2", true), 50);
    publish(registered("L-3", false), 51);

    awaitCaughtUpTo(51);

    assertThat(documents(prefix)).isEqualTo(2);
    JsonNode learner = JSON.readTree(get("/api/v1/learners/L-2").body());
    assertThat(learner.get("disadvantaged").asText())
        .as("the second delivery of position 50 must not overwrite the first")
        .isEqualTo("N");
    ProjectionMeters meters = app.getBean(ProjectionMeters.class);
    assertThat(meters.count(ProcessingGroups.LEARNERS, "duplicate")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aRestartedQuerySideResumesFromItsTokenWithNothingLostOrDuplicated() throws Exception {
    String prefix = ns.name() + "-restart";
    app = startQuerySide(prefix);
    publish(registered("L-10", false), 60);
    awaitCaughtUpTo(60);
    app.close();

    publish(registered("L-11", false), 61);
    app = startQuerySide(prefix);
    awaitCaughtUpTo(61);

    assertThat(documents(prefix)).isEqualTo(2);
    assertThat(get("/api/v1/learners/L-10").statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/learners/L-11").statusCode()).isEqualTo(200);
    ProjectionMeters meters = app.getBean(ProjectionMeters.class);
    assertThat(
            meters.count(ProcessingGroups.LEARNERS, "applied")
                + meters.count(ProcessingGroups.LEARNERS, "duplicate"))
        .as(
            "after the restart only the new event is delivered: the processor resumed from its token")
        .isEqualTo(1);
  }
}
