package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The facade on its own: start, use each service for real, stop and leave nothing behind. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedServicesIT {

  private static EmbeddedServices services;

  @BeforeAll
  static void start() {
    services = EmbeddedServices.start(EmbeddedServicesSettings.throwaway());
  }

  @AfterAll
  static void stop() {
    if (services != null) {
      services.close();
    }
  }

  @Test
  @Order(1)
  void storesAndReadsBackARowInPostgres() throws Exception {
    ServiceProbes.insertLearner(services, "learners", "L-1", "Ada");

    assertThat(ServiceProbes.learnerName(services, "learners", "L-1")).contains("Ada");
  }

  @Test
  @Order(1)
  void createsEachDatabaseOnceAndKeepsItsData() throws Exception {
    String first = services.jdbcUrl("reused");
    ServiceProbes.insertLearner(services, "reused", "L-2", "Grace");

    assertThat(services.jdbcUrl("reused")).isEqualTo(first);
    assertThat(ServiceProbes.learnerName(services, "reused", "L-2")).contains("Grace");
  }

  @Test
  @Order(1)
  void deliversARecordThroughAPreCreatedTopic() throws Exception {
    services.createTopics(1, "learner-events");

    ServiceProbes.produce(services, "learner-events", "L-1", "registered");

    assertThat(ServiceProbes.readFromBeginning(services, "learner-events", 1))
        .containsExactly("L-1=registered");
  }

  @Test
  @Order(1)
  void createsTopicsIdempotentlyKeepingTheFirstPartitionCount() throws Exception {
    services.createTopics(3, "twice-a", "twice-b");
    services.createTopics(1, "twice-a", "twice-b", "twice-c");

    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers()))) {
      var topics =
          admin.describeTopics(List.of("twice-a", "twice-b", "twice-c")).allTopicNames().get();
      assertThat(topics.get("twice-a").partitions()).hasSize(3);
      assertThat(topics.get("twice-b").partitions()).hasSize(3);
      assertThat(topics.get("twice-c").partitions()).hasSize(1);
    }
  }

  @Test
  @Order(1)
  void answersClusterHealthFromElasticsearch() throws Exception {
    ServiceProbes.assertClusterHealthy(services);
  }

  @Test
  @Order(2)
  void closeStopsEveryProcessAndDeletesTheThrowawayDirectory() throws Exception {
    List<Long> pids = services.pids();
    Path dataDir = services.settings().dataDir();
    assertThat(pids).as("postmaster and Elasticsearch JVM").hasSize(2).allMatch(Processes::isAlive);
    String jdbcUrl = services.jdbcUrl("postgres");
    List<String> closedWhileServicesRan = new java.util.ArrayList<>();
    services.closeFirst(
        () -> {
          // A dependent (the application context) still reaches the database while it closes.
          try (var c =
              java.sql.DriverManager.getConnection(
                  jdbcUrl, services.jdbcUsername(), services.jdbcPassword())) {
            closedWhileServicesRan.add(c.isValid(2) ? "database reachable" : "database gone");
          }
        });

    services.close();
    services.close(); // idempotent

    assertThat(closedWhileServicesRan).containsExactly("database reachable");
    ServiceProbes.assertAllGone(pids, Duration.ofSeconds(5));
    assertThat(Files.exists(dataDir)).as("throwaway data directory still there").isFalse();
  }
}
