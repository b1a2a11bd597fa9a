package org.waymark.query.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.IncidentRole;
import org.waymark.api.behaviour.IncidentSeverity;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.behaviour.RewardKind;
import org.waymark.query.review.StrictMappings;
import org.waymark.query.store.EventContext;

/** The behaviour entry's follow-ups and {@code asAt}, without infrastructure. */
class BehaviourDocumentTest {
  static final Instant RECORDED = Instant.parse("2025-10-01T09:00:00Z");
  static final Instant FOLLOWED_UP = Instant.parse("2025-10-02T09:00:00Z");

  @Test
  void anIncidentAnswersWithOnlyTheFollowUpsRecordedByTheInstant() throws Exception {
    BehaviourDocument d =
        BehaviourDocument.incident(
                new BehaviourIncidentRecordedEvent(
                    "I-1",
                    "L-1",
                    LocalDate.of(2025, 9, 30),
                    IncidentCategory.CYBERBULLYING,
                    IncidentRole.INSTIGATOR,
                    IncidentSeverity.MEDIUM,
                    "Mr Staff",
                    "what happened",
                    null),
                new EventContext(5, RECORDED, "tester", "api", null, "X"))
            .followedUp(
                new BehaviourIncidentFollowedUpEvent(
                    "I-1", "L-1", LocalDate.of(2025, 10, 2), "Ms Head", true, false, "a call"),
                new EventContext(6, FOLLOWED_UP, "tester", "api", null, "X"));

    assertThat(d.id()).isEqualTo("I-1");
    assertThat(d.incident().bullying()).as("cyberbullying is bullying").isTrue();
    assertThat(d.position()).isEqualTo(6);
    assertThat(d.recordedAt()).as("the incident's own recording").isEqualTo(RECORDED);
    assertThat(d.asAt(null).incident().followUps()).hasSize(1);
    assertThat(d.asAt(FOLLOWED_UP.minusSeconds(1)).incident().followUps()).isEmpty();
    assertThat(d.asAt(RECORDED.minusSeconds(1))).as("not yet recorded").isNull();
    StrictMappings.assertMapped(d, "elasticsearch/behaviour-v1.json");
  }

  @Test
  void aRewardSerialisesOnlyToFieldsOfTheStrictMapping() throws Exception {
    BehaviourDocument d =
        BehaviourDocument.reward(
            new RewardGivenEvent(
                "W-1",
                "L-1",
                LocalDate.of(2025, 10, 1),
                RewardKind.POINTS,
                5,
                "Mr Staff",
                true,
                "for effort"),
            new EventContext(7, RECORDED, "tester", "api", null, "X"));

    assertThat(d.id()).isEqualTo("W-1");
    assertThat(d.asAt(RECORDED)).isEqualTo(d);
    StrictMappings.assertMapped(d, "elasticsearch/behaviour-v1.json");
  }
}
