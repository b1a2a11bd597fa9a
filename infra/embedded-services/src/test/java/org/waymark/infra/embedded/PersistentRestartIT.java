package org.waymark.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the all-in-one relies on: a second start on the same directory finds the first's data. */
class PersistentRestartIT {

  @TempDir Path dataDir;

  @Test
  void aRestartKeepsDatabaseRowsTopicRecordsAndIndices() throws Exception {
    EmbeddedServicesSettings settings = EmbeddedServicesSettings.persistentAt(dataDir);
    try (EmbeddedServices first = EmbeddedServices.start(settings)) {
      ServiceProbes.insertLearner(first, "waymark", "L-7", "Mary");
      first.createTopics(1, "learner-events");
      ServiceProbes.produce(first, "learner-events", "L-7", "registered");
      assertThat(
              ServiceProbes.http("PUT", first.elasticsearchUrl() + "/learners-v1", "{}")
                  .statusCode())
          .isEqualTo(200);

      assertThatThrownBy(() -> EmbeddedServices.start(settings))
          .as("a second start on a directory in use")
          .hasMessageContaining("in use");
      assertThat(first.pids())
          .as("the running services are untouched")
          .allMatch(Processes::isAlive);
      assertThat(ServiceProbes.learnerName(first, "waymark", "L-7")).contains("Mary");

      first.close();
      ServiceProbes.assertAllGone(first.pids(), Duration.ofSeconds(5));
    }

    try (EmbeddedServices second = EmbeddedServices.start(settings)) {
      assertThat(ServiceProbes.learnerName(second, "waymark", "L-7")).contains("Mary");
      second.createTopics(1, "learner-events"); // what every start does: must not lose records
      assertThat(ServiceProbes.readFromBeginning(second, "learner-events", 1))
          .containsExactly("L-7=registered");
      assertThat(
              ServiceProbes.http("GET", second.elasticsearchUrl() + "/learners-v1", null)
                  .statusCode())
          .as("index created before the restart")
          .isEqualTo(200);
    }
  }
}
