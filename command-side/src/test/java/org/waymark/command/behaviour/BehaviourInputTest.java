package org.waymark.command.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.RecordBehaviourIncidentCommand;
import org.waymark.api.behaviour.RecordIncidentFollowUpCommand;
import org.waymark.api.behaviour.RecordRewardCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class BehaviourInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> incident() {
    Map<String, String> m = new HashMap<>();
    m.put("incidentId", "I-1");
    m.put("learnerId", "L-1");
    m.put("occurredOn", "2026-11-03");
    m.put("category", "CYBERBULLYING");
    m.put("role", "TARGET");
    m.put("severity", "HIGH");
    m.put("reportedBy", "J. Smith");
    m.put("description", "Messages on a group chat");
    return m;
  }

  static Map<String, String> reward() {
    Map<String, String> m = new HashMap<>();
    m.put("rewardId", "RW-1");
    m.put("learnerId", "L-1");
    m.put("awardedOn", "2026-11-07");
    m.put("kind", "POINTS");
    m.put("points", "10");
    m.put("awardedBy", "J. Smith");
    m.put("sharedWithHomeSchool", "Y");
    m.put("reason", "Full attendance");
    return m;
  }

  @Nested
  class AnIncident {
    @Test
    void becomesACommandCountedAsBullying() {
      RecordBehaviourIncidentCommand c =
          BehaviourInput.incident(
              new FieldReader(incident(), BehaviourInput.incidentFieldSet()), CLOCK);

      assertThat(c.category()).isEqualTo(IncidentCategory.CYBERBULLYING);
      assertThat(c.category().isBullying()).isTrue();
      assertThat(c.actionTaken()).isNull();
    }

    @Test
    void namesEveryBadField() {
      Map<String, String> m = incident();
      m.put("category", "FIGHT");
      m.put("occurredOn", "2026-11-24");
      m.remove("description");
      FieldReader r = new FieldReader(m, BehaviourInput.incidentFieldSet());

      assertThat(BehaviourInput.incident(r, CLOCK)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("category", "FIGHT"),
              tuple("occurredOn", "2026-11-24"),
              tuple("description", null));
    }
  }

  @Nested
  class AFollowUp {
    @Test
    void readsWhetherTheHomeSchoolAndParentsWereTold() {
      Map<String, String> m = new HashMap<>();
      m.put("incidentId", "I-1");
      m.put("followedUpOn", "2026-11-04");
      m.put("followedUpBy", "J. Smith");
      m.put("homeSchoolInformed", "Y");
      m.put("parentsCarersInformed", "N");
      m.put("action", "Restorative talk");

      RecordIncidentFollowUpCommand c =
          BehaviourInput.followUp(new FieldReader(m, BehaviourInput.followUpFieldSet()), CLOCK);

      assertThat(c.homeSchoolInformed()).isTrue();
      assertThat(c.parentsCarersInformed()).isFalse();
    }

    @Test
    void namesAMissingAnswer() {
      Map<String, String> m = new HashMap<>();
      m.put("incidentId", "I-1");
      m.put("followedUpOn", "2026-11-04");
      m.put("followedUpBy", "J. Smith");
      m.put("homeSchoolInformed", "yes");
      m.put("action", "Restorative talk");
      FieldReader r = new FieldReader(m, BehaviourInput.followUpFieldSet());

      assertThat(BehaviourInput.followUp(r, CLOCK)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("homeSchoolInformed", "parentsCarersInformed");
    }
  }

  @Nested
  class AReward {
    @Test
    void becomesACommandWithItsPoints() {
      RecordRewardCommand c =
          BehaviourInput.reward(new FieldReader(reward(), BehaviourInput.rewardFieldSet()), CLOCK);

      assertThat(c.points()).isEqualTo(10);
      assertThat(c.sharedWithHomeSchool()).isTrue();
    }

    @Test
    void requiresPointsForAPointsRewardOnly() {
      Map<String, String> none = reward();
      none.remove("points");
      FieldReader r1 = new FieldReader(none, BehaviourInput.rewardFieldSet());
      Map<String, String> praise = reward();
      praise.put("kind", "PRAISE");
      FieldReader r2 = new FieldReader(praise, BehaviourInput.rewardFieldSet());

      assertThat(BehaviourInput.reward(r1, CLOCK)).isNull();
      assertThat(BehaviourInput.reward(r2, CLOCK)).isNull();
      assertThat(r1.problems()).extracting(FieldProblem::field).containsExactly("points");
      assertThat(r2.problems()).extracting(FieldProblem::field).containsExactly("points");
    }

    @Test
    void namesBadPointsAndAnUnknownKind() {
      Map<String, String> m = reward();
      m.put("points", "0");
      FieldReader r1 = new FieldReader(m, BehaviourInput.rewardFieldSet());
      Map<String, String> k = reward();
      k.put("kind", "MEDAL");
      FieldReader r2 = new FieldReader(k, BehaviourInput.rewardFieldSet());

      BehaviourInput.reward(r1, CLOCK);
      BehaviourInput.reward(r2, CLOCK);

      assertThat(r1.problems()).extracting(FieldProblem::value).containsExactly("0");
      assertThat(r2.problems()).extracting(FieldProblem::field).containsExactly("kind");
    }
  }
}
