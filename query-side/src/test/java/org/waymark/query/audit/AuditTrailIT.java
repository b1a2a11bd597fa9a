package org.waymark.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.review.Punctuality;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;

/**
 * The audit trail on real Kafka, Elasticsearch and PostgreSQL: a small hand-made history of one
 * learner (registration, a record amendment, marks and a mark amendment, a confidential review and
 * its amendment, a placement and its amendment) and of a second learner at another provider.
 *
 * <pre>
 * pos recordedAt (UTC)     by           event                                 occurredAt
 *  1  2025-09-01T08:00     registrar    L-1 registered at P-07, sex M         2023-09-04 (enrolled)
 *  2  2025-09-01T08:01     registrar    L-2 registered at P-08                2023-09-04
 *  3  2025-09-02T08:00     tutor-1      L-1 marks 09-01 AM "/", PM "N"        2025-09-01 (earliest)
 *  4  2025-09-03T08:00     registrar-2  L-1 record amended: sex M to F        2025-09-03 (no date)
 *  5  2025-09-04T08:00     officer      L-1 mark 09-01 PM amended N to M      2025-09-01 (mark date)
 *  6  2025-09-05T08:00     tutor-1      review R-1 held 09-20, confidential   2025-09-20 (held on)
 *  3  again, by "someone-else": a re-delivery that must change nothing
 *  7  2025-09-06T08:00     placements   placement PL-1 of L-1 at P-09         2025-09-08 (start)
 *  8  2025-09-07T08:00     placements   PL-1 amended: hours 12.5 to 20        2025-09-07 (no date)
 *  9  2025-09-08T08:00     tutor-1      review R-1 amended (tutor comment)    2025-09-20 (held on)
 * 10  2025-09-08T08:01     tutor-2      L-2 mark 09-02 AM "/"                 2025-09-02
 * 11  2025-09-10T08:00     manager      self-review SR-1 of P-08 started      2025-09-10
 * 12  2025-09-10T08:01     manager      SR-1 item 1.1 judged (no provider id) 2025-09-10
 * 13  2025-09-10T08:02     manager      SR-1 item 1.2, after a restart        2025-09-10
 * </pre>
 */
@WithEmbeddedServices
class AuditTrailIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
  static final long DAY = 86_400;

  static Instant day(int n) {
    return T0.plusSeconds(n * DAY);
  }

  static LearnerRegisteredEvent registered(String id, String provider) {
    return new LearnerRegisteredEvent(
        id,
        provider,
        "Ada",
        "Lovelace",
        LocalDate.of(2012, 12, 10),
        Sex.M,
        Ethnicity.WBRI,
        SendStatus.N,
        false,
        false,
        false,
        "9",
        LocalDate.of(2023, 9, 4));
  }

  static ProgressReviewDetails review(String tutorComment) {
    return new ProgressReviewDetails(
        LocalDate.of(2025, 9, 20),
        "T-1",
        10,
        1,
        Punctuality.GOOD,
        "Level 1",
        true,
        true,
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        null,
        true,
        "SECRET-LEARNER-SAID",
        tutorComment,
        null);
  }

  static SelfReviewItemJudgedEvent item(String code) {
    return new SelfReviewItemJudgedEvent(
        "SR-1", code, SelfReviewJudgement.GAP, "no policy seen", DevelopmentPriority.HIGH);
  }

  static List<Long> positions(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("position").asLong()));
    return out;
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  static void badRequestNaming(QuerySideHarness q, String pathAndQuery, String parameter)
      throws Exception {
    HttpResponse<String> r = q.get(pathAndQuery);
    assertThat(r.statusCode()).as("GET %s", pathAndQuery).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode errors = QuerySideHarness.JSON.readTree(r.body()).get("errors");
    assertThat(texts(errors, "parameter"))
        .as("GET %s names the parameter", pathAndQuery)
        .contains(parameter);
  }

  @Test
  void answersALearnersTrailAsAtAnInstantAndSearchesEveryEventAndAmendment() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(AuditTrailIT.class, "trail")) {
      AttendanceMarksRecordedEvent marks =
          new AttendanceMarksRecordedEvent(
              "L-1",
              List.of(
                  new AttendanceMark(LocalDate.of(2025, 9, 1), Session.AM, "/", null, null),
                  new AttendanceMark(LocalDate.of(2025, 9, 1), Session.PM, "N", null, null)));
      q.publish(registered("L-1", "P-07"), "L-1", 1, T0, "registrar");
      q.publish(registered("L-2", "P-08"), "L-2", 2, T0.plusSeconds(60), "registrar");
      q.publish(marks, "L-1", 3, day(1), "tutor-1");
      q.publish(
          new LearnerRecordAmendedEvent(
              "L-1", List.of(new FieldChange("sex", "M", "F")), "keyed wrongly"),
          "L-1",
          4,
          day(2),
          "registrar-2");
      q.publish(
          new AttendanceMarkAmendedEvent(
              "L-1", LocalDate.of(2025, 9, 1), Session.PM, "N", "M", "medical appointment"),
          "L-1",
          5,
          day(3),
          "officer");
      q.publish(
          ProgressReviewRecordedEvent.of("R-1", "L-1", review("SECRET-TUTOR-NOTE")),
          "R-1",
          6,
          day(4),
          "tutor-1");
      q.publish(marks, "L-1", 3, day(1), "someone-else");
      q.publish(
          new PlacementStartedEvent(
              "PL-1", "L-1", "P-09", LocalDate.of(2025, 9, 8), null, new BigDecimal("12.5"), false),
          "PL-1",
          7,
          day(5),
          "placements");
      q.publish(
          new PlacementAmendedEvent(
              "PL-1", List.of(new FieldChange("hoursPerWeek", "12.5", "20")), null),
          "PL-1",
          8,
          day(6),
          "placements");
      q.publish(
          new ProgressReviewAmendedEvent(
              "R-1",
              "L-1",
              true,
              review("SECRET-TUTOR-NOTE"),
              review("SECRET-TUTOR-NOTE-CORRECTED"),
              "typo"),
          "R-1",
          9,
          day(7),
          "tutor-1");
      q.publish(
          new AttendanceMarksRecordedEvent(
              "L-2",
              List.of(new AttendanceMark(LocalDate.of(2025, 9, 2), Session.AM, "/", null, null))),
          "L-2",
          10,
          day(7).plusSeconds(60),
          "tutor-2");
      q.awaitCaughtUpTo(10);

      // --- The learner's trail now: every event of L-1, once each, by position.
      JsonNode now = q.json("/api/v1/audit/learners/L-1");
      JsonNode events = now.get("events");
      assertThat(positions(events)).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
      assertThat(texts(events, "type"))
          .containsExactly(
              "LearnerRegisteredEvent",
              "AttendanceMarksRecordedEvent",
              "LearnerRecordAmendedEvent",
              "AttendanceMarkAmendedEvent",
              "ProgressReviewRecordedEvent",
              "PlacementStartedEvent",
              "PlacementAmendedEvent",
              "ProgressReviewAmendedEvent");
      assertThat(texts(events, "recordedBy"))
          .as("the re-delivery of position 3 by someone-else changed nothing")
          .containsExactly(
              "registrar",
              "tutor-1",
              "registrar-2",
              "officer",
              "tutor-1",
              "placements",
              "placements",
              "tutor-1");
      assertThat(texts(events, "occurredAt"))
          .containsExactly(
              "2023-09-04",
              "2025-09-01",
              "2025-09-03",
              "2025-09-01",
              "2025-09-20",
              "2025-09-08",
              "2025-09-07",
              "2025-09-20");
      assertThat(events.get(3).get("recordedAt").asText()).isEqualTo("2025-09-04T08:00:00Z");
      assertThat(events.get(3).get("payload").get("oldCode").asText()).isEqualTo("N");
      assertThat(events.get(3).get("payload").get("newCode").asText()).isEqualTo("M");
      assertThat(events.get(0).get("payload").get("givenName").asText())
          .as("the registration's payload keeps the record an inspector needs")
          .isEqualTo("Ada");
      JsonNode learner = now.get("learner");
      assertThat(learner.get("learnerId").asText()).isEqualTo("L-1");
      assertThat(learner.get("sex").asText()).isEqualTo("F");
      assertThat(learner.get("providerId").asText()).isEqualTo("P-07");
      assertThat(learner.get("recordVersions")).hasSize(2);
      assertThat(learner.get("recordVersions").get(0).get("supersededAt").asText())
          .isEqualTo("2025-09-03T08:00:00Z");
      assertThat(learner.get("recordVersions").get(1).get("recordedBy").asText())
          .isEqualTo("registrar-2");

      // --- As at one second before the amendment: the old record, and no later events.
      String before = QuerySideHarness.encode(day(2).minusSeconds(1).toString());
      JsonNode then = q.json("/api/v1/audit/learners/L-1?asAt=" + before);
      assertThat(then.get("learner").get("sex").asText()).isEqualTo("M");
      assertThat(then.get("learner").get("recordVersions")).hasSize(1);
      assertThat(then.get("learner").get("recordVersions").get(0).get("supersededAt").isNull())
          .as("the amendment had not happened yet at that instant")
          .isTrue();
      assertThat(positions(then.get("events"))).containsExactly(1L, 3L);

      // --- Not recorded yet, or never: 404.
      assertThat(
              q.get("/api/v1/audit/learners/L-1?asAt=" + QuerySideHarness.encode("2025-08-31"))
                  .statusCode())
          .isEqualTo(404);
      assertThat(q.get("/api/v1/audit/learners/NOBODY").statusCode()).isEqualTo(404);

      // --- Confidential narrative: nowhere in the index's _source, nor in any answer.
      HttpResponse<String> raw =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              q.services().elasticsearchUrl()
                                  + "/"
                                  + q.indexPrefix()
                                  + "-audit/_search?size=100"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(raw.statusCode()).isEqualTo(200);
      JsonNode hits = QuerySideHarness.JSON.readTree(raw.body()).get("hits");
      assertThat(hits.get("total").get("value").asLong())
          .as("ten events, the re-delivered one stored once")
          .isEqualTo(10);
      assertThat(raw.body()).doesNotContain("SECRET").contains(AuditEntries.CONFIDENTIAL);
      assertThat(now.toString()).doesNotContain("SECRET");

      // --- Search: newest first, paged; 8 of L-1's events = pages of 3, 3, 2.
      JsonNode page0 = q.json("/api/v1/audit/events?learner=L-1&size=3");
      assertThat(page0.get("total").asLong()).isEqualTo(8);
      assertThat(positions(page0.get("events"))).containsExactly(9L, 8L, 7L);
      assertThat(positions(q.json("/api/v1/audit/events?learner=L-1&size=3&page=1").get("events")))
          .containsExactly(6L, 5L, 4L);
      assertThat(positions(q.json("/api/v1/audit/events?learner=L-1&size=3&page=2").get("events")))
          .containsExactly(3L, 1L);
      assertThat(q.json("/api/v1/audit/events").get("total").asLong()).isEqualTo(10);
      JsonNode markAmendments = q.json("/api/v1/audit/events?type=AttendanceMarkAmendedEvent");
      assertThat(positions(markAmendments.get("events"))).containsExactly(5L);
      assertThat(markAmendments.get("events").get(0).get("summary").asText())
          .isEqualTo("Register mark 2025-09-01 PM amended from N to M: medical appointment");
      // P-08: L-2 is its learner (registration 2 and marks 10).
      assertThat(positions(q.json("/api/v1/audit/events?provider=P-08").get("events")))
          .containsExactly(10L, 2L);
      // P-09: the placement (7) and its amendment (8), which names only the placement.
      JsonNode p09 = q.json("/api/v1/audit/events?provider=P-09").get("events");
      assertThat(positions(p09)).containsExactly(8L, 7L);
      assertThat(texts(p09, "learnerId")).containsExactly("L-1", "L-1");
      // Recorded on 5 or 6 September (UTC): positions 6 and 7.
      assertThat(
              positions(q.json("/api/v1/audit/events?from=2025-09-05&to=2025-09-06").get("events")))
          .containsExactly(7L, 6L);

      // --- Amendments: who, when, old and new values, reason; newest first.
      JsonNode amendments = q.json("/api/v1/audit/amendments").get("amendments");
      assertThat(positions(amendments)).containsExactly(9L, 8L, 5L, 4L);
      JsonNode mark = amendments.get(2);
      assertThat(mark.get("recordedBy").asText()).isEqualTo("officer");
      assertThat(mark.get("recordedAt").asText()).isEqualTo("2025-09-04T08:00:00Z");
      assertThat(mark.get("reason").asText()).isEqualTo("medical appointment");
      assertThat(mark.get("changes").get(0).get("field").asText()).isEqualTo("code");
      assertThat(mark.get("changes").get(0).get("oldValue").asText()).isEqualTo("N");
      assertThat(mark.get("changes").get(0).get("newValue").asText()).isEqualTo("M");
      JsonNode placement = amendments.get(1);
      assertThat(placement.get("providerId").asText()).isEqualTo("P-09");
      assertThat(placement.get("changes").get(0).get("newValue").asText()).isEqualTo("20");
      JsonNode review = amendments.get(0);
      assertThat(review.get("changes")).hasSize(1);
      assertThat(review.get("changes").get(0).get("field").asText()).isEqualTo("tutorComment");
      assertThat(review.get("changes").get(0).get("newValue").asText())
          .isEqualTo(AuditEntries.CONFIDENTIAL);
      assertThat(amendments.get(3).get("changes").get(0).get("oldValue").asText()).isEqualTo("M");
      // L-1 is P-07's learner: all four amendments are about P-07 or its learner.
      assertThat(positions(q.json("/api/v1/audit/amendments?provider=P-07").get("amendments")))
          .containsExactly(9L, 8L, 5L, 4L);
      assertThat(q.json("/api/v1/audit/amendments?provider=P-08").get("amendments")).isEmpty();
      assertThat(
              positions(
                  q.json("/api/v1/audit/amendments?from=2025-09-04&to=2025-09-04")
                      .get("amendments")))
          .containsExactly(5L);

      // --- A self-review item names only its self-review: its provider comes from the start,
      // remembered in memory (12) and, after a restart has emptied that memory, searched (13).
      q.publish(
          new SelfReviewStartedEvent(
              "SR-1", "P-08", SelfReviewCatalogue.ECM_FIND_THE_GAPS, LocalDate.of(2025, 9, 10)),
          "SR-1",
          11,
          day(9),
          "manager");
      q.publish(item("1.1"), "SR-1", 12, day(9).plusSeconds(60), "manager");
      q.awaitCaughtUpTo(12);
      q.app().close();
      q.publish(item("1.2"), "SR-1", 13, day(9).plusSeconds(120), "manager");
      q.restart();
      q.awaitCaughtUpTo(13);
      assertThat(positions(q.json("/api/v1/audit/events?provider=P-08").get("events")))
          .containsExactly(13L, 12L, 11L, 10L, 2L);

      // --- Bad parameters: 400 naming them.
      badRequestNaming(q, "/api/v1/audit/events?type=NoSuchEvent", "type");
      badRequestNaming(q, "/api/v1/audit/events?from=2025-09-10&to=2025-09-01", "from");
      badRequestNaming(q, "/api/v1/audit/events?from=2025-13-01", "from");
      badRequestNaming(q, "/api/v1/audit/events?size=0", "size");
      badRequestNaming(q, "/api/v1/audit/events?page=20&size=500", "page");
      badRequestNaming(q, "/api/v1/audit/events?by=sex", "by");
      badRequestNaming(q, "/api/v1/audit/amendments?to=2025-02-30", "to");
      badRequestNaming(q, "/api/v1/audit/learners/L-1?asAt=yesterday", "asAt");
    }
  }
}
