package org.waymark.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.access.account.BasicCredentials;
import org.waymark.api.event.EventMetadata;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;

/**
 * A real query side for an IT: started on the shared embedded services with the test class's own
 * database, topic and an index prefix of its own, fed events exactly as the command side's
 * publisher sends them (Axon's Kafka converter, stamped with a position), and asked over HTTP.
 *
 * <pre>{@code
 * try (QuerySideHarness q = QuerySideHarness.start(MyIT.class, "case1")) {
 *   q.publish(event, "L-1", 1, Instant.parse("2025-09-01T08:00:00Z"));
 *   q.awaitCaughtUpTo(1);
 *   JsonNode body = q.json("/api/v1/indicators/attendance?from=2025-09-01&to=2025-09-30");
 * }
 * }</pre>
 *
 * Each harness uses a topic of its own (the namespace's topic plus the suffix), so cases in one
 * class do not see each other's events.
 */
public final class QuerySideHarness implements AutoCloseable {
  public static final ObjectMapper JSON = new ObjectMapper();
  public static final Duration PATIENCE = Duration.ofSeconds(90);

  /** The bootstrap admin's password in every harness (each case has its own database). */
  public static final String ADMIN_PASSWORD = "it-admin-password-0001";

  /**
   * The {@code Authorization} header of the account the harness's requests use: every role, every
   * provider, so tests of read models see everything (access rules have tests of their own).
   */
  public static final String TESTER =
      BasicCredentials.header("it-tester", "it-tester-password-0001");

  private final EmbeddedServices services;
  private final TestNamespace ns;
  private final String topic;
  private final String indexPrefix;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> extraArgs;
  private ConfigurableApplicationContext app;
  private KafkaProducer<String, byte[]> producer;
  private DefaultKafkaMessageConverter converter;

  private QuerySideHarness(Class<?> testClass, String suffix, List<String> extraArgs) {
    this.services = EmbeddedServicesExtension.services();
    this.ns = EmbeddedServicesExtension.namespaceFor(testClass);
    this.topic = ns.topic() + "-" + suffix;
    this.indexPrefix = ns.name() + "-" + suffix;
    this.extraArgs = List.copyOf(extraArgs);
  }

  /** Starts a query side for {@code testClass}; {@code suffix} separates cases of one class. */
  public static QuerySideHarness start(Class<?> testClass, String suffix, String... extraArgs) {
    return start(testClass, suffix, 1, extraArgs);
  }

  /** As {@link #start(Class, String, String...)}, on a topic of {@code partitions} partitions. */
  public static QuerySideHarness start(
      Class<?> testClass, String suffix, int partitions, String... extraArgs) {
    QuerySideHarness h = new QuerySideHarness(testClass, suffix, List.of(extraArgs));
    h.services.createTopics(partitions, h.topic);
    h.startApp();
    return h;
  }

  /** Settings as command-line arguments: they outrank the app's own application.yml. */
  private void startApp() {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--server.address=127.0.0.1");
    args.add("--spring.datasource.url=" + ns.jdbcUrl());
    args.add("--spring.datasource.username=" + services.jdbcUsername());
    args.add("--spring.datasource.password=" + services.jdbcPassword());
    args.add("--spring.elasticsearch.uris=" + services.elasticsearchUrl());
    args.add("--axon.kafka.bootstrap-servers=" + services.kafkaBootstrapServers());
    // Tokens are per processor name; a per-case client id keeps consumer groups apart.
    args.add("--axon.kafka.client-id=" + indexPrefix);
    args.add("--waymark.query.topic=" + topic);
    args.add("--waymark.query.index-prefix=" + indexPrefix);
    args.add("--waymark.security.bootstrap-admin-password=" + ADMIN_PASSWORD);
    args.addAll(extraArgs);
    app = new SpringApplicationBuilder(QuerySideApplication.class).run(args.toArray(String[]::new));
    createTester();
  }

  private void createTester() {
    String body =
        "{\"username\":\"it-tester\",\"password\":\"it-tester-password-0001\",\"roles\":"
            + "[\"TUTOR\",\"SENIOR_MANAGER\",\"GOVERNOR\",\"INSPECTOR\",\"SAFEGUARDING_LEAD\","
            + "\"ADMIN\"],\"providers\":[]}";
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/users"))
                .header("Authorization", BasicCredentials.header("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (r.statusCode() != 201 && r.statusCode() != 200) {
      throw new IllegalStateException("could not create the test account: " + r.body());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Stops the query side and starts it again on the same topic, indices and token store. */
  public void restart() {
    app.close();
    startApp();
  }

  /**
   * Stops the query side, runs {@code whileStopped} (say, publishing a backlog the processors then
   * find waiting), and starts it again on the same topic, indices and token store. Something must
   * have been published before, so the publisher has the app's serializer.
   */
  public void restart(Runnable whileStopped) {
    if (converter == null) {
      throw new IllegalStateException("publish something before stopping the query side");
    }
    app.close();
    whileStopped.run();
    startApp();
  }

  public ConfigurableApplicationContext app() {
    return app;
  }

  /** The indices behind {@code alias}, as Elasticsearch lists them. */
  public List<String> indicesBehind(String alias) throws java.io.IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(services.elasticsearchUrl() + "/_alias/" + alias))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    List<String> names = new ArrayList<>();
    JSON.readTree(response.body()).fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The JDBC URL of this case's own database (token store, learner keys). */
  public String jdbcUrl() {
    return ns.jdbcUrl();
  }

  public String indexPrefix() {
    return indexPrefix;
  }

  public String topic() {
    return topic;
  }

  public EmbeddedServices services() {
    return services;
  }

  /**
   * Publishes {@code event} as event number {@code position} of the store, recorded at {@code
   * recordedAt} by {@code it-user}.
   */
  public void publish(Object event, String aggregateId, long position, Instant recordedAt) {
    publish(event, aggregateId, position, recordedAt, "it-user");
  }

  public void publish(
      Object event, String aggregateId, long position, Instant recordedAt, String recordedBy) {
    if (converter == null) {
      Serializer serializer = app.getBean("eventSerializer", Serializer.class);
      converter = DefaultKafkaMessageConverter.builder().serializer(serializer).build();
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers());
      p.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }
    var message =
        new GenericDomainEventMessage<>(
            event.getClass().getSimpleName(),
            aggregateId,
            0,
            event,
            MetaData.with(EventMetadata.POSITION, Long.toString(position))
                .and(EventMetadata.RECORDED_BY, recordedBy)
                .and(EventMetadata.SOURCE, "api"),
            UUID.randomUUID().toString(),
            recordedAt);
    try {
      producer.send(converter.createKafkaMessage(message, topic)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("could not publish position " + position, e);
    }
  }

  public String base() {
    int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    return "http://127.0.0.1:" + port;
  }

  public HttpResponse<String> get(String pathAndQuery) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
              .header("Authorization", TESTER)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public HttpResponse<String> post(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base() + path))
              .header("Authorization", TESTER)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** GET expecting 200, the body as JSON. */
  public JsonNode json(String pathAndQuery) {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public JsonNode awaitStatus(Predicate<JsonNode> condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        last = JSON.readTree(get("/api/v1/projections/status").body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (condition.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("projections did not catch up within " + PATIENCE + ": " + last);
  }

  /** Waits until every processor is caught up and position {@code position} is projected. */
  public JsonNode awaitCaughtUpTo(long position) throws InterruptedException {
    return awaitStatus(
        s -> s.get("caughtUp").asBoolean() && s.get("position").asLong() >= position);
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close();
    }
    if (app != null) {
      app.close();
    }
  }
}
