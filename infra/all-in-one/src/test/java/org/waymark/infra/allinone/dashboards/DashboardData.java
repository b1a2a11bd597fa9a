package org.waymark.infra.allinone.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.infra.allinone.StartedWaymark;

/**
 * What the dashboard tests run against: the e2e dataset imported for real, the register amendment,
 * a self-review with gaps and an improvement plan with an overdue action (the e2e files have
 * neither), then the published aggregates written at the final position.
 */
final class DashboardData {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The e2e dataset's academic year: every dashboard is opened on it. */
  static final String FROM = "2025-09-01";

  /**
   * The day the dashboard tests run on (the all-in-one's clock is pinned to it): in the academic
   * year after the data's, so the data's year is the published "previous" year whenever the tests
   * actually run.
   */
  static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 23);

  static final String TO = "2026-08-31";

  static final String SELF_REVIEW = "SR-DASH";

  private DashboardData() {}

  /** Publishes every 2 s instead of 30 s, so a test waits seconds for the aggregates. */
  static void publishOften() {
    System.setProperty("waymark.published.initial-delay-ms", "1000");
    System.setProperty("waymark.published.interval-ms", "2000");
  }

  static void load(StartedWaymark waymark) throws Exception {
    waymark.importE2eDataset();
    long position = waymark.importFile("attendance", "attendance-amendment.csv");
    HttpClient http = HttpClient.newHttpClient();
    position =
        Math.max(
            position,
            post(
                http,
                waymark,
                "/api/v1/self-reviews",
                map(
                    "reviewId", SELF_REVIEW,
                    "providerId", "AP1",
                    "catalogue", "ILP_CHECKLIST",
                    "startedOn", "2026-01-12")));
    position =
        Math.max(
            position,
            put(
                http,
                waymark,
                "/api/v1/self-reviews/"
                    + SELF_REVIEW
                    + "/items/"
                    + firstItem(waymark, "ilp-checklist", 0),
                map("judgement", "IN_PLACE", "evidence", "Plans seen", "priority", "LOW")));
    position =
        Math.max(
            position,
            put(
                http,
                waymark,
                "/api/v1/self-reviews/"
                    + SELF_REVIEW
                    + "/items/"
                    + firstItem(waymark, "ilp-checklist", 1),
                map("judgement", "GAP", "evidence", "No log kept", "priority", "HIGH")));
    position =
        Math.max(
            position,
            post(
                http,
                waymark,
                "/api/v1/qa/improvement-plans",
                map(
                    "planId",
                    "PIP-DASH",
                    "providerId",
                    "AP1",
                    "visitId",
                    "V1",
                    "openedOn",
                    "2025-10-20")));
    position =
        Math.max(
            position,
            post(
                http,
                waymark,
                "/api/v1/qa/improvement-plans/PIP-DASH/actions",
                map(
                    "actionId",
                    "A1",
                    "theme",
                    3,
                    "criterion",
                    "5",
                    "area",
                    "Self-evaluation",
                    "action",
                    "Write an overall self-evaluation document",
                    "byWhen",
                    "2026-01-31",
                    "personResponsible",
                    "Centre manager")));
    awaitProjected(waymark, position);
    awaitPublished(waymark);
  }

  private static String firstItem(StartedWaymark waymark, String catalogue, int index)
      throws Exception {
    JsonNode items = waymark.get("/api/v1/catalogues/" + catalogue).get("items");
    return items.get(index).get("code").asText();
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static long post(HttpClient http, StartedWaymark w, String path, Object body)
      throws Exception {
    return write(http, w, "POST", path, body);
  }

  private static long put(HttpClient http, StartedWaymark w, String path, Object body)
      throws Exception {
    return write(http, w, "PUT", path, body);
  }

  private static long write(
      HttpClient http, StartedWaymark w, String method, String path, Object body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(w.base() + path))
                .header("Authorization", w.authorization())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 204);
    JsonNode answer = JSON.readTree(r.body());
    return answer.path("position").asLong(-1);
  }

  /** Waits until the read models have projected {@code position}. */
  static void awaitProjected(StartedWaymark w, long position) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    JsonNode status = null;
    while (Instant.now().isBefore(deadline)) {
      status = w.get("/api/v1/projections/status");
      if (status.get("caughtUp").asBoolean() && status.get("position").asLong() >= position) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not projected up to " + position + ": " + status);
  }

  /** Waits until the aggregates are published at the position the read models stand at. */
  static void awaitPublished(StartedWaymark w) throws Exception {
    long projected = w.get("/api/v1/projections/status").get("position").asLong();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
    JsonNode status = null;
    while (Instant.now().isBefore(deadline)) {
      status = w.get("/api/v1/published/status");
      if (status.get("position").isNumber() && status.get("position").asLong() >= projected) {
        assertThat(status.get("lastError").isNull()).as(status.toString()).isTrue();
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("aggregates not published at " + projected + ": " + status);
  }
}
