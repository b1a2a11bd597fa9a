package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Talks to the real services the way an application would: JDBC, Kafka clients, HTTP. */
final class ServiceProbes {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServiceProbes() {}

  static Connection connect(EmbeddedServices services, String database) throws SQLException {
    return DriverManager.getConnection(
        services.jdbcUrl(database), services.jdbcUsername(), services.jdbcPassword());
  }

  static void insertLearner(EmbeddedServices services, String database, String id, String name)
      throws SQLException {
    try (Connection c = connect(services, database);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS learner (id text PRIMARY KEY, name text NOT NULL)");
      s.execute("INSERT INTO learner VALUES ('" + id + "', '" + name + "')");
    }
  }

  static Optional<String> learnerName(EmbeddedServices services, String database, String id)
      throws SQLException {
    try (Connection c = connect(services, database);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM learner WHERE id = '" + id + "'")) {
      return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
    }
  }

  static void produce(EmbeddedServices services, String topic, String key, String value)
      throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            services.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            20_000);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    }
  }

  /** Every record of partition 0 of {@code topic}, read from the beginning within 30 s. */
  static List<String> readFromBeginning(EmbeddedServices services, String topic, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            services.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "probe-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.key() + "=" + record.value());
        }
      }
    }
    return values;
  }

  static HttpResponse<String> http(String method, String url, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertClusterHealthy(EmbeddedServices services) throws Exception {
    HttpResponse<String> health =
        http("GET", services.elasticsearchUrl() + "/_cluster/health?wait_for_status=yellow", null);
    assertThat(health.statusCode()).as("GET /_cluster/health answers 200").isEqualTo(200);
    assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
  }

  static void assertAllGone(List<Long> pids, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline && pids.stream().anyMatch(Processes::isAlive)) {
      Thread.sleep(100);
    }
    assertThat(pids.stream().filter(Processes::isAlive).toList())
        .as("processes of ours still running after the stop")
        .isEmpty();
  }
}
