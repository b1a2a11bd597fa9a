package org.waymark.query.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.TestLearners;
import org.waymark.query.status.ProjectionMeters;

/**
 * The learners read model on real Kafka, Elasticsearch and PostgreSQL: current state, every version
 * for {@code asAt}, dated changes, and replay safety.
 */
@WithEmbeddedServices
class LearnerProjectionIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");

  static LearnerRegisteredEvent registered(String id, boolean disadvantaged) {
    return TestLearners.registered(id, disadvantaged);
  }

  @Test
  void projectsALearnerAndAnswersItsCurrentState() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(LearnerProjectionIT.class, "state")) {
      q.publish(registered("L-1", true), "L-1", 41, T0);
      JsonNode status = q.awaitCaughtUpTo(41);
      assertThat(status.get("eventsBehind").asLong()).isZero();

      JsonNode learner = q.json("/api/v1/learners/L-1");
      assertThat(learner.get("providerId").asText()).isEqualTo("P-07");
      assertThat(learner.get("ethnicity").asText()).isEqualTo("BAFR");
      assertThat(learner.get("ethnicGroup").asText()).isEqualTo("Black");
      assertThat(learner.get("send").asText()).isEqualTo("E");
      assertThat(learner.get("disadvantaged").asText()).isEqualTo("Y");
      assertThat(learner.get("eal").asText()).isEqualTo("Y");
      assertThat(learner.get("dateOfBirth").asText()).isEqualTo("2012-06-23");
      assertThat(learner.get("recordedBy").asText()).isEqualTo("it-user");
      assertThat(learner.get("position").asLong()).isEqualTo(41);

      HttpResponse<String> missing = q.get("/api/v1/learners/NOBODY");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void aRedeliveredEventChangesNothing() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(LearnerProjectionIT.class, "dup")) {
      q.publish(registered("L-2", false), "L-2", 50, T0);
      q.publish(registered("L-2", true), "L-2", 50, T0);
      q.publish(registered("L-3", false), "L-3", 51, T0);
      q.awaitCaughtUpTo(51);

      Cohort cohort = q.app().getBean(Cohort.class);
      assertThat(cohort.documents()).hasSize(2);
      JsonNode learner = q.json("/api/v1/learners/L-2");
      assertThat(learner.get("disadvantaged").asText())
          .as("the second delivery of position 50 must not overwrite the first")
          .isEqualTo("N");
      ProjectionMeters meters = q.app().getBean(ProjectionMeters.class);
      assertThat(meters.count(ProcessingGroups.LEARNERS, "duplicate")).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aRestartedQuerySideResumesFromItsTokenWithNothingLostOrDuplicated() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(LearnerProjectionIT.class, "restart")) {
      q.publish(registered("L-10", false), "L-10", 60, T0);
      q.awaitCaughtUpTo(60);
      q.app().close();
      q.publish(registered("L-11", false), "L-11", 61, T0);
      q.restart();
      q.awaitCaughtUpTo(61);

      assertThat(q.app().getBean(Cohort.class).documents()).hasSize(2);
      assertThat(q.get("/api/v1/learners/L-10").statusCode()).isEqualTo(200);
      assertThat(q.get("/api/v1/learners/L-11").statusCode()).isEqualTo(200);
      ProjectionMeters meters = q.app().getBean(ProjectionMeters.class);
      assertThat(
              meters.count(ProcessingGroups.LEARNERS, "applied")
                  + meters.count(ProcessingGroups.LEARNERS, "duplicate"))
          .as("after the restart only the new event is delivered: the processor resumed")
          .isEqualTo(1);
    }
  }

  @Test
  void answersAsTheHistoryStoodAndWithTheCharacteristicsInEffectOnADate() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(LearnerProjectionIT.class, "history")) {
      Instant registeredAt = T0;
      Instant amendedAt = T0.plusSeconds(86_400);
      Instant changedAt = T0.plusSeconds(2 * 86_400);
      Instant transferredAt = T0.plusSeconds(3 * 86_400);
      Instant leftAt = T0.plusSeconds(4 * 86_400);
      q.publish(registered("L-20", false), "L-20", 1, registeredAt);
      q.publish(
          new LearnerRecordAmendedEvent(
              "L-20", List.of(new FieldChange("sex", "M", "F")), "keyed wrongly"),
          "L-20",
          2,
          amendedAt);
      q.publish(
          new LearnerCharacteristicChangedEvent(
              "L-20", Characteristic.DISADVANTAGED, "N", "Y", LocalDate.of(2025, 10, 1)),
          "L-20",
          3,
          changedAt);
      q.publish(
          new LearnerTransferredEvent("L-20", "P-07", "P-08", LocalDate.of(2025, 11, 1)),
          "L-20",
          4,
          transferredAt);
      q.publish(
          new LearnerLeftEvent("L-20", "P-08", LocalDate.of(2026, 2, 1), "moved away"),
          "L-20",
          5,
          leftAt);
      q.awaitCaughtUpTo(5);

      JsonNode now = q.json("/api/v1/learners/L-20");
      assertThat(now.get("sex").asText()).isEqualTo("F");
      assertThat(now.get("providerId").asText()).isEqualTo("P-08");
      assertThat(now.get("disadvantaged").asText()).isEqualTo("Y");
      assertThat(now.get("leftOn").asText()).isEqualTo("2026-02-01");

      Cohort cohort = q.app().getBean(Cohort.class);
      LocalDate december = LocalDate.of(2025, 12, 1);
      LearnerProfile beforeAmendment =
          cohort.byId(amendedAt.minusSeconds(1), december, List.of()).get("L-20");
      assertThat(beforeAmendment.sex()).isEqualTo(Sex.M);
      assertThat(beforeAmendment.disadvantaged())
          .as("the change was not yet recorded at that instant")
          .isFalse();
      assertThat(beforeAmendment.providerId()).isEqualTo("P-07");

      LearnerProfile current = cohort.byId(null, december, List.of()).get("L-20");
      assertThat(current.sex()).isEqualTo(Sex.F);
      assertThat(current.disadvantaged()).isTrue();
      assertThat(current.providerId()).isEqualTo("P-08");
      assertThat(current.leftOn()).isEqualTo(LocalDate.of(2026, 2, 1));

      LearnerProfile inSeptember =
          cohort.byId(null, LocalDate.of(2025, 9, 15), List.of()).get("L-20");
      assertThat(inSeptember.disadvantaged()).as("not yet in effect on 15 September").isFalse();
      assertThat(inSeptember.providerId()).isEqualTo("P-07");

      assertThat(cohort.byId(null, december, List.of("P-07"))).doesNotContainKey("L-20");
      assertThat(cohort.byId(registeredAt.minusSeconds(1), december, List.of())).isEmpty();
    }
  }
}
