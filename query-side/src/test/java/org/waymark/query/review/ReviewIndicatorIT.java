package org.waymark.query.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.review.Review;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.ReviewIds;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.config.Indices;
import org.waymark.query.store.ReadModels;

/**
 * {@code GET /api/v1/indicators/reviews} on real Kafka, Elasticsearch and PostgreSQL, every figure
 * worked out by hand (CONTRACT.md "Definitions", "Reviews"; "Scope and group membership", "Reviews
 * at date at"; "Small numbers").
 *
 * <p>The history, all at {@code at} = 2025-11-14. Providers P-A and P-C keep the default 42-day
 * window (current when the latest review is on or after 2025-10-03: 14.11 − 3.10 = 28 + 14 = 42
 * days); P-B has its own 28-day window (current on or after 2025-10-17).
 *
 * <pre>
 * learner prov sex  review(s) held on                 days   current?
 * L-01    P-A  F    2025-10-03                        42     yes (boundary)
 * L-02    P-A  F    2025-10-02; 2025-11-20 (after at) 43     no  (the later one is not yet held)
 * L-03    P-A  M    2025-11-10                         4     yes
 * L-04    P-A  M    none                               -     no
 * L-05    P-A  F    2025-11-01 (confidential)         13     yes
 * L-06    P-A  M    2025-09-20, amended to 2025-10-20 55→25  no before the amendment, yes after
 * L-07    P-B  F    2025-10-20 (redelivered as 09-01) 25     yes (the redelivery changes nothing)
 * L-08    P-B  M    2025-10-10                        35     no  (within 42, not within P-B's 28)
 * L-09    P-B  F    2025-10-17                        28     yes (boundary)
 * L-10    P-C  M    2025-11-01                        13     yes
 * L-11    P-A  F    left 2025-10-31                    -     not active
 * L-12    P-A  F    enrolled 2025-12-01                -     not active
 * </pre>
 *
 * Now: active 10, current 7 (L-01, 03, 05, 06, 07, 09, 10), currency 70.0, overdue [L-02, L-04,
 * L-08]. Before the amendment of L-06's review: current 6, currency 60.0, overdue [L-02, L-04,
 * L-06, L-08]. Before any review was recorded: current 0, currency 0.0, all ten overdue.
 */
@WithEmbeddedServices
class ReviewIndicatorIT {
  static final Instant REGISTERED = Instant.parse("2025-09-01T08:00:00Z");
  static final Instant LEFT = Instant.parse("2025-09-01T09:00:00Z");
  static final Instant REVIEWED = Instant.parse("2025-11-12T09:00:00Z");
  static final Instant AMENDED = Instant.parse("2025-11-13T09:00:00Z");
  static final String AT = "at=2025-11-14";
  static final String SECRET = "Kestrel-7731";
  static final String OPEN = "Heron-4410";

  static LearnerRegisteredEvent learner(String id, String provider, Sex sex, LocalDate enrolled) {
    return new LearnerRegisteredEvent(
        id,
        provider,
        "Given",
        "Family",
        LocalDate.of(2012, 1, 1),
        sex,
        Ethnicity.WBRI,
        SendStatus.N,
        false,
        false,
        false,
        "9",
        enrolled);
  }

  static ProgressReviewDetails details(
      LocalDate heldOn, boolean onTarget, boolean confidential, String comment) {
    return new ProgressReviewDetails(
        heldOn,
        "Ms Tutor",
        30,
        1,
        Punctuality.GOOD,
        comment == null ? null : "Level 1 " + comment,
        onTarget,
        null,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        confidential,
        comment == null ? null : "learner says " + comment,
        comment == null ? null : "tutor says " + comment,
        comment == null ? null : "why not " + comment);
  }

  static void review(
      QuerySideHarness q,
      String reviewId,
      String learnerId,
      LocalDate heldOn,
      long position,
      boolean confidential,
      String comment) {
    q.publish(
        ProgressReviewRecordedEvent.of(
            reviewId, learnerId, details(heldOn, true, confidential, comment)),
        ReviewIds.of(reviewId),
        position,
        REVIEWED);
  }

  @Test
  void answersReviewCurrencyAsTheHistoryStoodWithProviderWindowsAndSuppression() throws Exception {
    try (QuerySideHarness q =
        QuerySideHarness.start(
            ReviewIndicatorIT.class,
            "currency",
            "--waymark.query.reviews.window-days-by-provider[P-B]=28")) {
      String[][] learners = {
        {"L-01", "P-A", "F"}, {"L-02", "P-A", "F"}, {"L-03", "P-A", "M"}, {"L-04", "P-A", "M"},
        {"L-05", "P-A", "F"}, {"L-06", "P-A", "M"}, {"L-07", "P-B", "F"}, {"L-08", "P-B", "M"},
        {"L-09", "P-B", "F"}, {"L-10", "P-C", "M"}, {"L-11", "P-A", "F"}, {"L-12", "P-A", "F"}
      };
      long position = 1;
      for (String[] l : learners) {
        LocalDate enrolled =
            l[0].equals("L-12") ? LocalDate.of(2025, 12, 1) : LocalDate.of(2025, 9, 1);
        q.publish(learner(l[0], l[1], Sex.valueOf(l[2]), enrolled), l[0], position++, REGISTERED);
      }
      q.publish(
          new LearnerLeftEvent("L-11", "P-A", LocalDate.of(2025, 10, 31), null), "L-11", 13, LEFT);

      review(q, "R-01", "L-01", LocalDate.of(2025, 10, 3), 20, false, null);
      review(q, "R-02a", "L-02", LocalDate.of(2025, 10, 2), 21, false, null);
      review(q, "R-02b", "L-02", LocalDate.of(2025, 11, 20), 22, false, null);
      review(q, "R-03", "L-03", LocalDate.of(2025, 11, 10), 23, false, null);
      review(q, "R-05", "L-05", LocalDate.of(2025, 11, 1), 24, true, SECRET);
      q.publish(
          ProgressReviewRecordedEvent.of(
              "R-06", "L-06", details(LocalDate.of(2025, 9, 20), false, false, null)),
          ReviewIds.of("R-06"),
          25,
          REVIEWED);
      review(q, "R-07", "L-07", LocalDate.of(2025, 10, 20), 26, false, null);
      // The same position again with other content: a redelivery, which must change nothing.
      review(q, "R-07", "L-07", LocalDate.of(2025, 9, 1), 26, false, null);
      review(q, "R-08", "L-08", LocalDate.of(2025, 10, 10), 27, false, null);
      review(q, "R-09", "L-09", LocalDate.of(2025, 10, 17), 28, false, null);
      review(q, "R-10", "L-10", LocalDate.of(2025, 11, 1), 29, false, OPEN);
      q.publish(
          new ProgressReviewAmendedEvent(
              "R-06",
              "L-06",
              false,
              details(LocalDate.of(2025, 9, 20), false, false, null),
              details(LocalDate.of(2025, 10, 20), true, false, null),
              "held on date keyed wrongly"),
          ReviewIds.of("R-06"),
          30,
          AMENDED);
      q.awaitCaughtUpTo(30);

      assertThat(q.app().getBean(ReviewPolicy.class).windowDays("P-B")).isEqualTo(28);
      assertThat(q.app().getBean(ReviewPolicy.class).windowDays("P-A")).isEqualTo(42);

      // Now: active 10 (L-11 left, L-12 not yet enrolled), current 7, 7/10 = 70.0.
      JsonNode now = q.json("/api/v1/indicators/reviews?" + AT);
      assertRow(now.get("total"), "total", 10, 7, 70.0);
      assertThat(now.get("groups")).as("no groups without by").isEmpty();
      assertThat(ids(now.get("overdue"))).containsExactly("L-02", "L-04", "L-08");
      assertThat(fieldNames(now)).containsExactly("total", "groups", "overdue");
      assertThat(fieldNames(now.get("total")))
          .containsExactly("group", "active", "current", "reviewCurrency", "suppressed");

      // Just before the amendment, R-06 was held on 2025-09-20 (55 days): 6/10 = 60.0.
      String beforeAmendment = "&asAt=" + AMENDED.minusSeconds(1);
      JsonNode before = q.json("/api/v1/indicators/reviews?" + AT + beforeAmendment);
      assertRow(before.get("total"), "total", 10, 6, 60.0);
      assertThat(ids(before.get("overdue"))).containsExactly("L-02", "L-04", "L-06", "L-08");

      // Before any review was recorded: 0/10 = 0.0, everyone active is overdue.
      JsonNode noReviews =
          q.json("/api/v1/indicators/reviews?" + AT + "&asAt=" + REVIEWED.minusSeconds(1));
      assertRow(noReviews.get("total"), "total", 10, 0, 0.0);
      assertThat(ids(noReviews.get("overdue")))
          .containsExactly(
              "L-01", "L-02", "L-03", "L-04", "L-05", "L-06", "L-07", "L-08", "L-09", "L-10");

      // by=provider: P-A active 6 (L-01..06), current 4 (L-01, 03, 05, 06), 4/6 = 66.67;
      // P-B 3 active and P-C 1 active are both under 5: suppressed (two hidden, no secondary).
      JsonNode byProvider = q.json("/api/v1/indicators/reviews?" + AT + "&by=provider");
      assertRow(byProvider.get("total"), "total", 10, 7, 70.0);
      JsonNode groups = byProvider.get("groups");
      assertThat(groups).hasSize(3);
      assertRow(groups.get(0), "P-A", 6, 4, 400.0 / 6);
      assertSuppressed(groups.get(1), "P-B");
      assertSuppressed(groups.get(2), "P-C");
      assertThat(ids(byProvider.get("overdue"))).containsExactly("L-02", "L-04", "L-08");

      // suppress=false: P-B 2/3 (L-07, L-09; L-08 is past P-B's 28 days), P-C 1/1.
      JsonNode open = q.json("/api/v1/indicators/reviews?" + AT + "&by=provider&suppress=false");
      assertRow(open.get("groups").get(1), "P-B", 3, 2, 200.0 / 3);
      assertRow(open.get("groups").get(2), "P-C", 1, 1, 100.0);

      // by=sex: F active L-01, 02, 05, 07, 09 = 5, current 4 (all but L-02) = 80.0;
      // M active L-03, 04, 06, 08, 10 = 5, current 3 (L-03, 06, 10) = 60.0; before the
      // amendment L-06 is not current: 2/5 = 40.0.
      JsonNode bySex = q.json("/api/v1/indicators/reviews?" + AT + "&by=sex");
      assertRow(bySex.get("groups").get(0), "F", 5, 4, 80.0);
      assertRow(bySex.get("groups").get(1), "M", 5, 3, 60.0);
      JsonNode bySexBefore =
          q.json("/api/v1/indicators/reviews?" + AT + "&by=sex" + beforeAmendment);
      assertRow(bySexBefore.get("groups").get(1), "M", 5, 2, 40.0);

      // provider=P-B: 3 learners, so the total itself is suppressed; the overdue list is not.
      JsonNode providerB = q.json("/api/v1/indicators/reviews?" + AT + "&provider=P-B");
      assertSuppressed(providerB.get("total"), "total");
      assertThat(ids(providerB.get("overdue"))).containsExactly("L-08");
      JsonNode providerBOpen =
          q.json("/api/v1/indicators/reviews?" + AT + "&provider=P-B&suppress=false");
      assertRow(providerBOpen.get("total"), "total", 3, 2, 200.0 / 3);

      // The reader: the amendment seen differently before and after; the redelivery ignored.
      ReviewReader reader = q.app().getBean(ReviewReader.class);
      assertThat(reader.reviews(null)).hasSize(10);
      assertThat(reader.reviews(null))
          .contains(
              new Review("R-06", "L-06", LocalDate.of(2025, 10, 20), true),
              new Review("R-07", "L-07", LocalDate.of(2025, 10, 20), true));
      assertThat(reader.reviews(AMENDED.minusSeconds(1)))
          .contains(new Review("R-06", "L-06", LocalDate.of(2025, 9, 20), false));
      assertThat(reader.reviews(REVIEWED.minusSeconds(1))).isEmpty();

      confidentialTextIsNowhereInElasticsearch(q);
      badParametersAreNamed(q);
    }
  }

  private void confidentialTextIsNowhereInElasticsearch(QuerySideHarness q) throws Exception {
    String es = q.services().elasticsearchUrl();
    String alias = q.app().getBean(Indices.class).alias(ReadModels.REVIEWS);
    q.get("/api/v1/projections/status"); // caught up: indices refreshed

    JsonNode r05 = QuerySideHarness.JSON.readTree(esGet(es + "/" + alias + "/_doc/R-05"));
    JsonNode source = r05.get("_source");
    assertThat(source.get("confidential").asBoolean()).isTrue();
    assertThat(source.get("contentWithheld").asBoolean()).isTrue();
    assertThat(source.get("current").get("narrative").isNull()).isTrue();
    assertThat(source.get("current").get("heldOn").asText()).isEqualTo("2025-11-01");

    String everything = esGet(es + "/" + q.indexPrefix() + "-*/_search?size=1000");
    assertThat(everything)
        .as("a confidential review's text must not be written to any index")
        .doesNotContain(SECRET)
        .contains(OPEN);

    // A non-confidential review's text is kept but not searchable.
    JsonNode r10 = QuerySideHarness.JSON.readTree(esGet(es + "/" + alias + "/_doc/R-10"));
    assertThat(r10.at("/_source/current/narrative/learnerComment").asText())
        .isEqualTo("learner says " + OPEN);
    JsonNode hits =
        QuerySideHarness.JSON.readTree(
            esGet(es + "/" + alias + "/_search?q=" + QuerySideHarness.encode("\"" + OPEN + "\"")));
    assertThat(hits.at("/hits/total/value").asLong()).isZero();
  }

  private void badParametersAreNamed(QuerySideHarness q) throws Exception {
    assertBad(q, "/api/v1/indicators/reviews?at=2025-11-14&by=shoeSize", "by");
    assertBad(q, "/api/v1/indicators/reviews?at=2025-13-01", "at");
    assertBad(q, "/api/v1/indicators/reviews?at=14/11/2025", "at");
    assertBad(q, "/api/v1/indicators/reviews?at=2025-11-14&asAt=yesterday", "asAt");
    assertBad(q, "/api/v1/indicators/reviews?at=2025-11-14&suppress=maybe", "suppress");
    // A point-in-time indicator takes no period: from and to are named as unknown.
    assertBad(q, "/api/v1/indicators/reviews?from=2025-11-20&to=2025-11-01", "from", "to");
  }

  private static void assertBad(QuerySideHarness q, String pathAndQuery, String... parameters)
      throws Exception {
    HttpResponse<String> r = q.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode errors = QuerySideHarness.JSON.readTree(r.body()).get("errors");
    List<String> named = new ArrayList<>();
    errors.forEach(e -> named.add(e.get("parameter").asText()));
    assertThat(named).as(pathAndQuery).containsExactlyInAnyOrder(parameters);
  }

  private static void assertRow(
      JsonNode row, String group, int active, int current, double reviewCurrency) {
    assertThat(row.get("group").asText()).isEqualTo(group);
    assertThat(row.get("active").asInt()).as(group + " active").isEqualTo(active);
    assertThat(row.get("current").asInt()).as(group + " current").isEqualTo(current);
    assertThat(row.get("reviewCurrency").asDouble())
        .as(group + " reviewCurrency")
        .isCloseTo(reviewCurrency, within(1e-9));
    assertThat(row.get("suppressed").asBoolean()).as(group + " suppressed").isFalse();
  }

  private static void assertSuppressed(JsonNode row, String group) {
    assertThat(row.get("group").asText()).isEqualTo(group);
    assertThat(row.get("suppressed").asBoolean()).as(group + " suppressed").isTrue();
    assertThat(row.get("active").isNull()).isTrue();
    assertThat(row.get("current").isNull()).isTrue();
    assertThat(row.get("reviewCurrency").isNull()).isTrue();
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static String esGet(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
