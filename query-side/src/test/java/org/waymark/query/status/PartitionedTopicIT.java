package org.waymark.query.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.TestLearners;
import org.waymark.query.config.SharedKafkaMessageSource;

/**
 * On a topic of several partitions, as in every real deployment, a backlog whose timestamps
 * interleave across partitions is projected completely and the processors then report nothing
 * behind: their stored tokens cover every partition's last record. (With the Kafka extension's
 * default timestamp-sorted buffer, the processors kept the token of the last record by timestamp,
 * which could lack other partitions' records, and stayed "behind" once the topic went quiet.)
 */
@WithEmbeddedServices
class PartitionedTopicIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
  static final int PARTITIONS = 4;
  static final int BACKLOG = 600;

  @Test
  void aBacklogAcrossPartitionsIsProjectedAndNothingStaysBehind() throws Exception {
    try (QuerySideHarness q =
        QuerySideHarness.start(PartitionedTopicIT.class, "partitioned", PARTITIONS)) {
      q.publish(TestLearners.registered("L-0", false), "L-0", 1, T0);
      q.awaitCaughtUpTo(1);

      // Timestamps shuffled, so the record last by timestamp is rarely the one fetched last.
      List<Integer> seconds = new ArrayList<>();
      for (int i = 1; i <= BACKLOG; i++) {
        seconds.add(i);
      }
      Collections.shuffle(seconds, new Random(20251123L));
      q.restart(
          () -> {
            for (int i = 1; i <= BACKLOG; i++) {
              String id = "L-" + i;
              q.publish(
                  TestLearners.registered(id, i % 3 == 0),
                  id,
                  i + 1,
                  T0.plusSeconds(seconds.get(i - 1)));
            }
          });

      JsonNode status = q.awaitCaughtUpTo(BACKLOG + 1);
      for (JsonNode p : status.get("processors")) {
        assertThat(p.get("eventsBehind").asLong()).as(p.toString()).isZero();
      }
      assertThat(learnerDocuments(q)).isEqualTo(BACKLOG + 1);
      SharedKafkaMessageSource source = q.app().getBean(SharedKafkaMessageSource.class);
      assertThat(source.privateStreamsOpened())
          .as("every processor read the one shared fetch")
          .isZero();
      assertThat(source.sharedStreamsOpened()).isGreaterThanOrEqualTo(ProcessingGroups.ALL.size());

      // Tokens were stored covering everything: after a restart nothing is behind either.
      q.restart();
      JsonNode again = q.awaitCaughtUpTo(BACKLOG + 1);
      assertThat(again.get("eventsBehind").asLong()).isZero();
      assertThat(learnerDocuments(q)).isEqualTo(BACKLOG + 1);
    }
  }

  private static long learnerDocuments(QuerySideHarness q) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String index = q.services().elasticsearchUrl() + "/" + q.indexPrefix() + "-learners";
    http.send(
        HttpRequest.newBuilder(URI.create(index + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> count =
        http.send(
            HttpRequest.newBuilder(URI.create(index + "/_count")).build(),
            HttpResponse.BodyHandlers.ofString());
    return QuerySideHarness.JSON.readTree(count.body()).get("count").asLong();
  }
}
