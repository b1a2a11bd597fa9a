package org.waymark.query.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.Session;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.web.IndicatorQuery;

/**
 * The published aggregates on the real embedded Kafka, Elasticsearch and PostgreSQL: published by
 * the schedule once the events are projected, suppressed as the query API suppresses, equal to its
 * figures, never holding a learner id, and versioned by position.
 *
 * <p>Fourteen learners registered in the previous academic year (whatever today is, so the figures
 * never depend on the day the test runs): seven White (WBRI), five Black (BAFR), two Asian (APKN);
 * ten sessions each from its second day, learner {@code n} absent (code {@code I}) at {@code n mod
 * 4} of them. Asian (2) is under 5 and suppressed, with the four empty ethnic groups.
 */
@WithEmbeddedServices
class PublishedAggregatesIT {
  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  static final LocalDate YEAR_START = IndicatorQuery.academicYearStart(TODAY).minusYears(1);
  static final LocalDate YEAR_END = YEAR_START.plusYears(1).minusDays(1);
  static final LocalDate MONTH_END = YEAR_START.plusMonths(1).minusDays(1);
  static final Instant RECORDED = Instant.parse("2020-01-01T00:00:00Z");
  static final int LEARNERS = 14;

  static String id(int n) {
    return String.format("PUB-LRN-%02d", n);
  }

  static LearnerRegisteredEvent registered(int n) {
    Ethnicity e = n <= 7 ? Ethnicity.WBRI : n <= 12 ? Ethnicity.BAFR : Ethnicity.APKN;
    return new LearnerRegisteredEvent(
        id(n),
        n % 2 == 0 ? "P-1" : "P-2",
        "Given",
        "Family",
        LocalDate.of(2012, 1, 1),
        n % 2 == 0 ? Sex.F : Sex.M,
        e,
        SendStatus.N,
        n % 3 == 0,
        false,
        false,
        "9",
        YEAR_START);
  }

  static AttendanceMarksRecordedEvent marks(int n) {
    List<AttendanceMark> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Session s = i % 2 == 0 ? Session.AM : Session.PM;
      String code = i < n % 4 ? "I" : s == Session.AM ? "/" : "\\";
      out.add(new AttendanceMark(YEAR_START.plusDays(1 + i / 2), s, code, null, null));
    }
    return new AttendanceMarksRecordedEvent(id(n), out);
  }

  static String docId(String figure, String by, String group, LocalDate from, LocalDate to) {
    return String.join("|", "attendance", figure, by, group, from.toString(), to.toString(), "");
  }

  static JsonNode group(JsonNode body, String key) {
    for (JsonNode g : body.get("groups")) {
      if (g.get("group").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + body);
  }

  static JsonNode awaitPublished(QuerySideHarness q, long position) throws InterruptedException {
    Instant deadline = Instant.now().plus(QuerySideHarness.PATIENCE);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = q.json("/api/v1/published/status");
      if (last.get("position").isNumber() && last.get("position").asLong() >= position) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("aggregates not published at " + position + ": " + last);
  }

  @Test
  void publishesSuppressedFiguresEqualToTheQueryApiAndNoLearnerIds() throws Exception {
    try (QuerySideHarness q =
        QuerySideHarness.start(
            PublishedAggregatesIT.class,
            "published",
            "--waymark.published.initial-delay-ms=0",
            "--waymark.published.interval-ms=300")) {
      long position = 0;
      for (int n = 1; n <= LEARNERS; n++) {
        q.publish(registered(n), id(n), ++position, RECORDED);
      }
      for (int n = 1; n <= LEARNERS; n++) {
        q.publish(marks(n), "attendance:" + id(n), ++position, RECORDED);
      }
      q.awaitCaughtUpTo(position);
      JsonNode status = awaitPublished(q, position);
      assertThat(status.get("documents").asLong()).isPositive();
      assertThat(status.get("lastError").isNull()).isTrue();

      DocumentStore store = q.app().getBean(DocumentStore.class);
      String alias = store.indices().alias(PublishedReadModel.MODEL);

      // A group under 5 is stored suppressed with a null value.
      PublishedAggregate asian =
          store
              .find(
                  PublishedReadModel.MODEL,
                  docId("absenceRate", "ethnicity", "Asian", YEAR_START, YEAR_END),
                  PublishedAggregate.class)
              .orElseThrow(() -> new AssertionError("the Asian group was not published"));
      assertThat(asian.suppressed()).isTrue();
      assertThat(asian.value()).isNull();
      assertThat(asian.learners()).isNull();

      // A published figure equals what the query API answers for the same period and `by`.
      for (LocalDate[] period :
          List.of(
              new LocalDate[] {YEAR_START, YEAR_END}, new LocalDate[] {YEAR_START, MONTH_END})) {
        JsonNode api =
            q.json(
                "/api/v1/indicators/attendance?from="
                    + period[0]
                    + "&to="
                    + period[1]
                    + "&by=ethnicity");
        for (String key : List.of("White", "Black", "Asian")) {
          JsonNode row = group(api, key);
          for (String figure : List.of("absenceRate", "persistentAbsenceRate", "authorisedRate")) {
            PublishedAggregate doc =
                store
                    .find(
                        PublishedReadModel.MODEL,
                        docId(figure, "ethnicity", key, period[0], period[1]),
                        PublishedAggregate.class)
                    .orElseThrow(() -> new AssertionError("not published: " + key + " " + figure));
            assertThat(doc.suppressed()).isEqualTo(row.get("suppressed").asBoolean());
            if (row.get(figure).isNull()) {
              assertThat(doc.value()).as(key + " " + figure).isNull();
            } else {
              assertThat(doc.value())
                  .as(key + " " + figure + " over " + period[0] + ".." + period[1])
                  .isCloseTo(row.get(figure).asDouble(), within(1e-9));
              assertThat(doc.learners()).isEqualTo(row.get("learners").asInt());
            }
          }
        }
      }
      JsonNode white =
          group(
              q.json(
                  "/api/v1/indicators/attendance?from="
                      + YEAR_START
                      + "&to="
                      + YEAR_END
                      + "&by=ethnicity"),
              "White");
      assertThat(white.get("suppressed").asBoolean()).as("White (7) is visible").isFalse();
      PublishedAggregate whiteDoc =
          store
              .find(
                  PublishedReadModel.MODEL,
                  docId("absenceRate", "ethnicity", "White", YEAR_START, YEAR_END),
                  PublishedAggregate.class)
              .orElseThrow();
      assertThat(whiteDoc.gapToRest()).as("a visible group has its gap to the rest").isNotNull();

      // No document holds a learner id: a raw search over the whole index.
      var hits = store.client().search(s -> s.index(alias).size(10_000), Map.class).hits().hits();
      assertThat(hits).isNotEmpty();
      StringBuilder all = new StringBuilder();
      for (var h : hits) {
        all.append(h.id()).append(QuerySideHarness.JSON.writeValueAsString(h.source()));
      }
      assertThat(all.toString()).doesNotContain("PUB-LRN");

      // Publishing the same position again changes nothing.
      AggregatePublisher publisher = q.app().getBean(AggregatePublisher.class);
      publisher.publish(position, TODAY);
      PublishedAggregate again =
          store
              .find(
                  PublishedReadModel.MODEL,
                  docId("absenceRate", "ethnicity", "White", YEAR_START, YEAR_END),
                  PublishedAggregate.class)
              .orElseThrow();
      assertThat(again).isEqualTo(whiteDoc);

      // A later position overwrites: learner 3 (White) had 3 absences; one becomes present.
      q.publish(
          new AttendanceMarkAmendedEvent(
              id(3), YEAR_START.plusDays(1), Session.AM, "I", "/", "register corrected"),
          "attendance:" + id(3),
          ++position,
          RECORDED);
      q.awaitCaughtUpTo(position);
      awaitPublished(q, position);
      PublishedAggregate later =
          store
              .find(
                  PublishedReadModel.MODEL,
                  docId("absenceRate", "ethnicity", "White", YEAR_START, YEAR_END),
                  PublishedAggregate.class)
              .orElseThrow();
      assertThat(later.position()).isEqualTo(position);
      assertThat(later.value()).isLessThan(whiteDoc.value());
      JsonNode after =
          group(
              q.json(
                  "/api/v1/indicators/attendance?from="
                      + YEAR_START
                      + "&to="
                      + YEAR_END
                      + "&by=ethnicity"),
              "White");
      assertThat(later.value()).isCloseTo(after.get("absenceRate").asDouble(), within(1e-9));
    }
  }
}
