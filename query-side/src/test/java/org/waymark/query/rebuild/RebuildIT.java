package org.waymark.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.TestLearners;

/**
 * A rebuild replays the topic into a new index while queries keep answering from the old one (and
 * stay current), then moves the alias; the old index goes.
 */
@WithEmbeddedServices
class RebuildIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");

  @Test
  void rebuildsIntoANewIndexWhileQueriesKeepAnswering() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(RebuildIT.class, "rebuild")) {
      int learners = 300;
      for (int i = 1; i <= learners; i++) {
        String id = "L-" + i;
        q.publish(TestLearners.registered(id, i % 4 == 0), id, i, T0.plusSeconds(i));
      }
      q.awaitCaughtUpTo(learners);
      String alias = q.indexPrefix() + "-learners";
      assertThat(q.indicesBehind(alias)).containsExactly(alias + "-v2");

      AtomicBoolean polling = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      List<Integer> failures = Collections.synchronizedList(new ArrayList<>());
      Thread reader =
          new Thread(
              () -> {
                while (polling.get()) {
                  int status = q.get("/api/v1/learners/L-7").statusCode();
                  if (status == 200) {
                    answered.incrementAndGet();
                  } else {
                    failures.add(status);
                  }
                }
              });
      reader.start();

      var started = q.post("/api/v1/admin/projections/rebuild?group=learners");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      assertThat(q.post("/api/v1/admin/projections/rebuild").statusCode())
          .as("a second rebuild while one runs")
          .isEqualTo(409);
      // An event recorded during the rebuild reaches both indices.
      q.publish(TestLearners.registered("L-NEW", true), "L-NEW", learners + 1, T0.plusSeconds(999));

      JsonNode done = awaitRebuild(q);
      polling.set(false);
      reader.join();

      assertThat(done.get("state").asText()).isEqualTo("DONE");
      assertThat(failures).as("every query during the rebuild answered").isEmpty();
      assertThat(answered.get()).isGreaterThan(0);
      assertThat(q.indicesBehind(alias)).containsExactly(alias + "-v3");
      assertThat(done.get("documents").get("learners").asLong()).isEqualTo(learners + 1);
      assertThat(q.get("/api/v1/learners/L-NEW").statusCode()).isEqualTo(200);
      // The old index is gone.
      var old =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              q.services().elasticsearchUrl() + "/" + alias + "-v2"))
                      .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.discarding());
      assertThat(old.statusCode()).isEqualTo(404);

      var bad = q.post("/api/v1/admin/projections/rebuild?group=nonsense");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("\"parameter\":\"group\"");
    }
  }

  static JsonNode awaitRebuild(QuerySideHarness q) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonNode state = null;
    while (Instant.now().isBefore(deadline)) {
      state = q.json("/api/v1/admin/projections/rebuild");
      if (!"RUNNING".equals(state.get("state").asText())) {
        return state;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("rebuild did not finish: " + state);
  }
}
