package org.waymark.query.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waymark.api.behaviour.BehaviourIds;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.IncidentRole;
import org.waymark.api.behaviour.IncidentSeverity;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.behaviour.RewardKind;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.QuerySideHarness;

/**
 * {@code GET /api/v1/learners/{id}/behaviour} on real Kafka, Elasticsearch and PostgreSQL: a
 * learner's own incidents with follow-ups and rewards, as at an instant, never another learner's
 * text, and a redelivered follow-up not doubled.
 */
@WithEmbeddedServices
class LearnerBehaviourIT {
  static final Instant T0 = Instant.parse("2025-09-01T08:00:00Z");
  static final Instant INCIDENTS = Instant.parse("2025-10-06T10:00:00Z");
  static final Instant FOLLOW_UP = Instant.parse("2025-10-07T10:00:00Z");

  static LearnerRegisteredEvent learner(String id) {
    return new LearnerRegisteredEvent(
        id,
        "P-A",
        "Given",
        "Family",
        LocalDate.of(2012, 1, 1),
        Sex.F,
        Ethnicity.WBRI,
        SendStatus.N,
        false,
        false,
        false,
        "9",
        LocalDate.of(2025, 9, 1));
  }

  static BehaviourIncidentRecordedEvent incident(
      String id, String learnerId, IncidentRole role, String text) {
    return new BehaviourIncidentRecordedEvent(
        id,
        learnerId,
        LocalDate.of(2025, 10, 6),
        IncidentCategory.BULLYING,
        role,
        IncidentSeverity.HIGH,
        "Mr Staff",
        text,
        "separated");
  }

  @Test
  void answersALearnersOwnIncidentsAndRewardsAsAtAnInstant() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(LearnerBehaviourIT.class, "own")) {
      q.publish(learner("L-1"), "L-1", 1, T0);
      q.publish(learner("L-2"), "L-2", 2, T0);
      q.publish(
          incident("I-1", "L-1", IncidentRole.INSTIGATOR, "L-1 pushed someone"),
          BehaviourIds.incident("I-1"),
          3,
          INCIDENTS);
      q.publish(
          incident("I-2", "L-2", IncidentRole.TARGET, "Tern-5521 was pushed"),
          BehaviourIds.incident("I-2"),
          4,
          INCIDENTS);
      q.publish(
          new RewardGivenEvent(
              "W-1",
              "L-1",
              LocalDate.of(2025, 10, 1),
              RewardKind.POINTS,
              10,
              "Ms Head",
              true,
              "helped a peer"),
          BehaviourIds.reward("W-1"),
          5,
          INCIDENTS);
      BehaviourIncidentFollowedUpEvent followUp =
          new BehaviourIncidentFollowedUpEvent(
              "I-1", "L-1", LocalDate.of(2025, 10, 7), "Ms Head", true, true, "meeting held");
      q.publish(followUp, BehaviourIds.incident("I-1"), 6, FOLLOW_UP);
      q.publish(followUp, BehaviourIds.incident("I-1"), 6, FOLLOW_UP); // redelivered
      q.awaitCaughtUpTo(6);

      HttpResponse<String> raw = q.get("/api/v1/learners/L-1/behaviour");
      assertThat(raw.statusCode()).isEqualTo(200);
      assertThat(raw.body()).as("another learner's text").doesNotContain("Tern-5521");
      JsonNode body = QuerySideHarness.JSON.readTree(raw.body());
      assertThat(body.get("learnerId").asText()).isEqualTo("L-1");
      assertThat(body.get("incidents")).hasSize(1);
      JsonNode i = body.get("incidents").get(0);
      assertThat(i.get("incidentId").asText()).isEqualTo("I-1");
      assertThat(i.get("occurredOn").asText()).isEqualTo("2025-10-06");
      assertThat(i.get("category").asText()).isEqualTo("BULLYING");
      assertThat(i.get("bullying").asBoolean()).isTrue();
      assertThat(i.get("role").asText()).isEqualTo("INSTIGATOR");
      assertThat(i.get("description").asText()).isEqualTo("L-1 pushed someone");
      assertThat(i.get("followUps")).as("the redelivered follow-up is not doubled").hasSize(1);
      assertThat(i.get("followUps").get(0).get("parentsCarersInformed").asBoolean()).isTrue();
      assertThat(body.get("rewards")).hasSize(1);
      JsonNode w = body.get("rewards").get(0);
      assertThat(w.get("rewardId").asText()).isEqualTo("W-1");
      assertThat(w.get("points").asInt()).isEqualTo(10);
      assertThat(w.get("kind").asText()).isEqualTo("POINTS");

      JsonNode before = q.json("/api/v1/learners/L-1/behaviour?asAt=" + FOLLOW_UP.minusSeconds(1));
      assertThat(before.get("incidents").get(0).get("followUps")).isEmpty();
      JsonNode earlier = q.json("/api/v1/learners/L-1/behaviour?asAt=" + INCIDENTS.minusSeconds(1));
      assertThat(earlier.get("incidents")).isEmpty();
      assertThat(earlier.get("rewards")).isEmpty();

      assertThat(
              q.json("/api/v1/learners/L-2/behaviour").get("incidents").get(0).get("role").asText())
          .isEqualTo("TARGET");
      assertThat(q.get("/api/v1/learners/NOBODY/behaviour").statusCode()).isEqualTo(404);
      HttpResponse<String> bad = q.get("/api/v1/learners/L-1/behaviour?asAt=soon");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("\"parameter\":\"asAt\"");
      HttpResponse<String> unknown = q.get("/api/v1/learners/L-1/behaviour?by=sex");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(unknown.body()).contains("\"parameter\":\"by\"");
    }
  }
}
