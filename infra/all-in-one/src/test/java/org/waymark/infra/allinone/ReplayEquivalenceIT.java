package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * Exactly-once effect (ADR 0002) and rebuild (ADR 0004) over every indicator: the dataset of {@link
 * IndicatorsEndToEndIT} is imported, every answer is taken, then a full rebuild replays every event
 * — into new indices, and a second time into the live ones, where each must be recognised as
 * already applied — and every answer must be byte-for-byte the same.
 */
@WithEmbeddedServices
class ReplayEquivalenceIT {
  static final ObjectMapper JSON = RunningWaymark.JSON;
  static RunningWaymark waymark;

  static final List<String> QUERIES = new ArrayList<>();

  static {
    String week = "from=2025-09-01&to=2025-09-05";
    for (String by :
        List.of(
            "",
            "sex",
            "ethnicity",
            "send",
            "disadvantaged",
            "lookedAfter",
            "eal",
            "provider",
            "yearGroup")) {
      String b = by.isEmpty() ? "" : "&by=" + by;
      QUERIES.add("/api/v1/indicators/attendance?" + week + b);
      QUERIES.add("/api/v1/indicators/attendance?" + week + b + "&suppress=false");
      QUERIES.add("/api/v1/indicators/progress?area=maths&to=2025-12-31" + b + "&suppress=false");
      QUERIES.add("/api/v1/indicators/targets?from=2025-09-01&to=2025-12-31" + b);
      QUERIES.add("/api/v1/indicators/reviews?at=2025-12-01" + b + "&suppress=false");
    }
    QUERIES.add("/api/v1/trends/absence-rate?from=2025-09-01&to=2025-09-30&interval=week");
    QUERIES.add("/api/v1/trends/review-currency?from=2025-09-01&to=2025-12-31&interval=month");
    QUERIES.add("/api/v1/watchlist/falling-behind?at=2025-12-01");
    QUERIES.add("/api/v1/qa/providers/AP1?at=2025-12-01");
    QUERIES.add("/api/v1/qa/providers/P1?at=2025-12-01");
    QUERIES.add("/api/v1/audit/learners/L03");
    QUERIES.add("/api/v1/audit/learners/L11");
    QUERIES.add("/api/v1/learners/L04");
  }

  @BeforeAll
  static void importTheDataset() throws Exception {
    waymark = RunningWaymark.start(ReplayEquivalenceIT.class);
    waymark.importE2eDataset();
    waymark.importFile("attendance", "attendance-amendment.csv");
    waymark.awaitCaughtUp();
  }

  @AfterAll
  static void stop() {
    if (waymark != null) {
      waymark.close();
    }
  }

  static Map<String, String> answers() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String q : QUERIES) {
      HttpResponse<String> r = waymark.send("GET", q);
      assertThat(r.statusCode()).as(q + ": " + r.body()).isEqualTo(200);
      out.put(q, r.body());
    }
    return out;
  }

  @Test
  void everyAnswerIsTheSameAfterEveryEventIsDeliveredAgain() throws Exception {
    Map<String, String> before = answers();

    HttpResponse<String> started = waymark.send("POST", "/api/v1/admin/projections/rebuild");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    JsonNode state = null;
    while (Instant.now().isBefore(deadline)) {
      state = JSON.readTree(waymark.send("GET", "/api/v1/admin/projections/rebuild").body());
      if (!"RUNNING".equals(state.get("state").asText())) {
        break;
      }
      Thread.sleep(250);
    }
    assertThat(state.get("state").asText()).as(state.toString()).isEqualTo("DONE");
    waymark.awaitCaughtUp();

    Map<String, String> after = answers();
    for (String q : QUERIES) {
      assertThat(JSON.readTree(after.get(q)))
          .as("%s after every event was delivered again", q)
          .isEqualTo(JSON.readTree(before.get(q)));
    }
    // The new indices hold what the live ones held: 11 learners, 10 learner-months of marks
    // (L01–L10 in September 2025), one audit entry per event.
    assertThat(state.get("documents").get("learners").asLong()).isEqualTo(11);
    assertThat(state.get("documents").get("attendance").asLong()).isEqualTo(10);
    assertThat(state.get("documents").get("audit").asLong()).isPositive();
  }
}
