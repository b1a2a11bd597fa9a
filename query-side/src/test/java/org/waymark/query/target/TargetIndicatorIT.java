package org.waymark.query.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetOutcomeRecord;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetDetails;
import org.waymark.api.target.TargetIds;
import org.waymark.api.target.TargetOutcome;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.infra.embedded.WithEmbeddedServices;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.QuerySideHarness;
import org.waymark.query.status.ProjectionMeters;

/**
 * {@code GET /api/v1/indicators/targets} on the real embedded services, from a small hand-made
 * history whose every figure is worked out below (CONTRACT.md "Definitions", "Targets", and "Scope
 * and group membership", "Targets"). Period 2025-09-01..2026-01-31.
 *
 * <pre>
 * learner (provider, ethnic group)  target  set      due      outcomes
 * T1 (P1, White)  G1   2025-09-15  10-31  MET 10-20
 *                 G2   2025-09-15  11-30  CARRIED_FORWARD 11-28 → 2026-01-15; NOT_MET 2026-01-20
 * T2 (P1, White)  G3   2025-10-01  12-01  CARRIED_FORWARD 11-25 → 2026-02-28 (so not overdue)
 *                 G10  2025-05-01  07-01  MET 2025-07-01 (before the period: not counted)
 * T3 (P1, White)  G4   2025-10-01  12-15  MET 2026-02-05 (after to: still overdue at to)
 * T4 (P1, White)  G5   2025-11-01  2026-01-10  PARTIALLY_MET 2026-01-12, amended to MET at TA
 * T5 (P1, White)  G6   2025-06-01  09-30  WITHDRAWN 09-20 (set before the period: not in set)
 * T6 (P1, White)  G7   2025-12-01  2026-01-20  CARRIED_FORWARD 2026-01-18 → 2026-01-25 (overdue)
 *                 G9   2026-02-10  2026-03-01  (set after to: not counted at all)
 * T7 (P2, Black)  G8   2025-09-20  10-20  NOT_MET 10-21
 * </pre>
 *
 * Total after the amendment: learners 7 (T1–T7 each have a target set by to); set 7 (G1 G2 G3 G4 G5
 * G7 G8); met 2 (G1, G5); partiallyMet 0; notMet 2 (G2, G8); carriedForward 3 (G2 11-28, G3 11-25,
 * G7 01-18); withdrawn 1 (G6); achievementRate 2 / (2 + 0 + 2) × 100 = 50; overdue 2 (G4, G7).
 * Before the amendment: met 1, partiallyMet 1, achievementRate 1 / 4 × 100 = 25.
 *
 * <p>By ethnicity: White (T1–T6) 6 learners: set 6, met 2, partiallyMet 0, notMet 1, carriedForward
 * 3, withdrawn 1, achievementRate 2/3 × 100, overdue 2; Black (T7) 1 learner: suppressed, as are
 * the empty groups. By provider: P2 has 1 learner and is suppressed; being the only one, the next
 * smallest (P1, 6) is suppressed with it, and the total stays visible.
 */
@WithEmbeddedServices
class TargetIndicatorIT {
  static final Instant T0 = Instant.parse("2026-02-15T08:00:00Z");
  static final Instant TA = Instant.parse("2026-02-20T08:00:00Z");
  static final Instant BEFORE_AMENDMENT = Instant.parse("2026-02-18T00:00:00Z");
  static final String PERIOD = "from=2025-09-01&to=2026-01-31";
  static final double E = 1e-9;

  private long position;

  static LearnerRegisteredEvent learner(String id, String provider, Ethnicity ethnicity) {
    return new LearnerRegisteredEvent(
        id,
        provider,
        "Given",
        "Family",
        LocalDate.of(2010, 1, 1),
        Sex.F,
        ethnicity,
        SendStatus.N,
        false,
        false,
        false,
        "11",
        LocalDate.of(2025, 9, 1));
  }

  private void set(QuerySideHarness q, String id, String learner, String setOn, String dueOn) {
    publish(
        q,
        new TargetSetEvent(
            id,
            learner,
            "maths",
            "free text not kept",
            null,
            LocalDate.parse(setOn),
            LocalDate.parse(dueOn),
            null),
        TargetIds.of(id),
        T0);
  }

  private void outcome(
      QuerySideHarness q,
      String id,
      String learner,
      String date,
      TargetOutcome outcome,
      String newDueOn) {
    publish(
        q,
        new TargetOutcomeRecordedEvent(
            id,
            learner,
            LocalDate.parse(date),
            outcome,
            newDueOn == null ? null : LocalDate.parse(newDueOn),
            null),
        TargetIds.of(id),
        T0);
  }

  @Test
  void answersTargetsFromTheOutcomesAsTheHistoryStood() throws Exception {
    try (QuerySideHarness q = QuerySideHarness.start(TargetIndicatorIT.class, "targets")) {
      for (int i = 1; i <= 6; i++) {
        publish(q, learner("T" + i, "P1", Ethnicity.WBRI), "T" + i, T0);
      }
      publish(q, learner("T7", "P2", Ethnicity.BAFR), "T7", T0);

      set(q, "G1", "T1", "2025-09-15", "2025-10-31");
      outcome(q, "G1", "T1", "2025-10-20", TargetOutcome.MET, null);
      set(q, "G2", "T1", "2025-09-15", "2025-11-30");
      outcome(q, "G2", "T1", "2025-11-28", TargetOutcome.CARRIED_FORWARD, "2026-01-15");
      outcome(q, "G2", "T1", "2026-01-20", TargetOutcome.NOT_MET, null);
      set(q, "G3", "T2", "2025-10-01", "2025-12-01");
      outcome(q, "G3", "T2", "2025-11-25", TargetOutcome.CARRIED_FORWARD, "2026-02-28");
      set(q, "G10", "T2", "2025-05-01", "2025-07-01");
      outcome(q, "G10", "T2", "2025-07-01", TargetOutcome.MET, null);
      set(q, "G4", "T3", "2025-10-01", "2025-12-15");
      outcome(q, "G4", "T3", "2026-02-05", TargetOutcome.MET, null);
      set(q, "G5", "T4", "2025-11-01", "2026-01-10");
      outcome(q, "G5", "T4", "2026-01-12", TargetOutcome.PARTIALLY_MET, null);
      long g5Outcome = position;
      set(q, "G6", "T5", "2025-06-01", "2025-09-30");
      outcome(q, "G6", "T5", "2025-09-20", TargetOutcome.WITHDRAWN, null);
      set(q, "G7", "T6", "2025-12-01", "2026-01-20");
      outcome(q, "G7", "T6", "2026-01-18", TargetOutcome.CARRIED_FORWARD, "2026-01-25");
      set(q, "G9", "T6", "2026-02-10", "2026-03-01");
      set(q, "G8", "T7", "2025-09-20", "2025-10-20");
      outcome(q, "G8", "T7", "2025-10-21", TargetOutcome.NOT_MET, null);
      // Re-delivery of G5's outcome position, with another outcome: must change nothing.
      q.publish(
          new TargetOutcomeRecordedEvent(
              "G5", "T4", LocalDate.of(2026, 1, 12), TargetOutcome.NOT_MET, null, null),
          TargetIds.of("G5"),
          g5Outcome,
          T0);
      publish(
          q,
          new TargetOutcomeAmendedEvent(
              "G5",
              "T4",
              LocalDate.of(2026, 1, 12),
              TargetOutcome.PARTIALLY_MET,
              null,
              null,
              TargetOutcome.MET,
              null,
              null,
              "evidence seen"),
          TargetIds.of("G5"),
          TA);
      // A correction of G9's due date: a target amendment, versioned like the outcomes.
      publish(
          q,
          new TargetAmendedEvent(
              "G9",
              "T6",
              new TargetDetails(
                  "maths", "x", null, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 1), null),
              new TargetDetails(
                  "maths", "x", null, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 8), null),
              null),
          TargetIds.of("G9"),
          TA);
      q.awaitCaughtUpTo(position);
      assertThat(
              q.app().getBean(ProjectionMeters.class).count(ProcessingGroups.TARGETS, "duplicate"))
          .as("the re-delivered position was seen and recognised")
          .isGreaterThanOrEqualTo(1);

      // The reader.
      TargetReader reader = q.app().getBean(TargetReader.class);
      assertThat(reader.targets(null)).hasSize(10);
      assertThat(reader.targets(T0.minusSeconds(1))).isEmpty();
      assertThat(outcomes(reader.targets(null), "G5"))
          .containsExactly(
              new TargetOutcomeRecord(LocalDate.of(2026, 1, 12), TargetOutcome.MET, null));
      assertThat(outcomes(reader.targets(BEFORE_AMENDMENT), "G5"))
          .containsExactly(
              new TargetOutcomeRecord(
                  LocalDate.of(2026, 1, 12), TargetOutcome.PARTIALLY_MET, null));
      assertThat(target(reader.targets(null), "G9").dueOn()).isEqualTo(LocalDate.of(2026, 3, 8));
      assertThat(target(reader.targets(BEFORE_AMENDMENT), "G9").dueOn())
          .isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(target(reader.targets(null), "G2").outcomes()).hasSize(2);

      JsonNode now = q.json("/api/v1/indicators/targets?" + PERIOD);
      assertThat(now.get("groups")).isEmpty();
      JsonNode total = now.get("total");
      assertThat(fieldNames(total))
          .containsExactly(
              "group",
              "learners",
              "set",
              "met",
              "partiallyMet",
              "notMet",
              "carriedForward",
              "withdrawn",
              "achievementRate",
              "overdue",
              "suppressed");
      assertThat(total.get("learners").asInt()).isEqualTo(7);
      assertThat(total.get("set").asInt()).isEqualTo(7);
      assertThat(total.get("met").asInt()).isEqualTo(2);
      assertThat(total.get("partiallyMet").asInt())
          .as("G5 was amended from PARTIALLY_MET to MET; the re-delivered NOT_MET must not count")
          .isZero();
      assertThat(total.get("notMet").asInt()).isEqualTo(2);
      assertThat(total.get("carriedForward").asInt()).isEqualTo(3);
      assertThat(total.get("withdrawn").asInt()).isEqualTo(1);
      assertThat(total.get("achievementRate").asDouble()).isCloseTo(50.0, within(E));
      assertThat(total.get("overdue").asInt()).isEqualTo(2);
      assertThat(total.get("suppressed").asBoolean()).isFalse();

      // As the history stood before the amendment.
      JsonNode then = q.json("/api/v1/indicators/targets?" + PERIOD + "&asAt=" + BEFORE_AMENDMENT);
      assertThat(then.get("total").get("met").asInt()).isEqualTo(1);
      assertThat(then.get("total").get("partiallyMet").asInt()).isEqualTo(1);
      assertThat(then.get("total").get("achievementRate").asDouble()).isCloseTo(25.0, within(E));
      assertThat(then.get("total").get("overdue").asInt()).isEqualTo(2);
      JsonNode beforeAll =
          q.json("/api/v1/indicators/targets?" + PERIOD + "&asAt=" + T0.minusSeconds(1));
      assertThat(beforeAll.get("total").get("suppressed").asBoolean()).isTrue();
      assertThat(beforeAll.get("total").get("set").isNull()).isTrue();

      // By ethnicity: White visible, Black (1 learner) and the empty groups suppressed.
      JsonNode groups = q.json("/api/v1/indicators/targets?by=ethnicity&" + PERIOD).get("groups");
      JsonNode white = group(groups, "White");
      assertThat(white.get("suppressed").asBoolean()).isFalse();
      assertThat(white.get("learners").asInt()).isEqualTo(6);
      assertThat(white.get("set").asInt()).isEqualTo(6);
      assertThat(white.get("met").asInt()).isEqualTo(2);
      assertThat(white.get("partiallyMet").asInt()).isZero();
      assertThat(white.get("notMet").asInt()).isEqualTo(1);
      assertThat(white.get("carriedForward").asInt()).isEqualTo(3);
      assertThat(white.get("withdrawn").asInt()).isEqualTo(1);
      assertThat(white.get("achievementRate").asDouble()).isCloseTo(200.0 / 3, within(E));
      assertThat(white.get("overdue").asInt()).isEqualTo(2);
      JsonNode black = group(groups, "Black");
      assertThat(black.get("suppressed").asBoolean()).isTrue();
      assertThat(black.get("notMet").isNull()).isTrue();

      // By provider: P2 (1) suppressed, and P1 with it so P2 cannot be derived from the total.
      JsonNode byProvider = q.json("/api/v1/indicators/targets?by=provider&" + PERIOD);
      assertThat(byProvider.get("groups")).hasSize(2);
      assertThat(group(byProvider.get("groups"), "P1").get("suppressed").asBoolean()).isTrue();
      assertThat(group(byProvider.get("groups"), "P2").get("suppressed").asBoolean()).isTrue();
      assertThat(byProvider.get("total").get("learners").asInt()).isEqualTo(7);
      JsonNode p2 =
          group(
              q.json("/api/v1/indicators/targets?by=provider&suppress=false&" + PERIOD)
                  .get("groups"),
              "P2");
      assertThat(p2.get("learners").asInt()).isEqualTo(1);
      assertThat(p2.get("set").asInt()).isEqualTo(1);
      assertThat(p2.get("notMet").asInt()).isEqualTo(1);
      assertThat(p2.get("achievementRate").asDouble()).isCloseTo(0.0, within(E));
      assertThat(p2.get("overdue").asInt()).isZero();

      // Only provider P1: T1–T6, the White figures.
      JsonNode p1 = q.json("/api/v1/indicators/targets?provider=P1&" + PERIOD).get("total");
      assertThat(p1.get("learners").asInt()).isEqualTo(6);
      assertThat(p1.get("notMet").asInt()).isEqualTo(1);

      // Bad parameters: 400 naming each.
      assertBad(q, "/api/v1/indicators/targets?by=colour", "by");
      assertBad(q, "/api/v1/indicators/targets?from=2026-02-01&to=2026-01-31", "from");
      assertBad(q, "/api/v1/indicators/targets?from=2025-9-1", "from");
      assertBad(q, "/api/v1/indicators/targets?suppress=maybe", "suppress");
      assertBad(q, "/api/v1/indicators/targets?area=maths", "area");
    }
  }

  private void publish(QuerySideHarness q, Object event, String aggregateId, Instant at) {
    position++;
    q.publish(event, aggregateId, position, at);
  }

  static Target target(List<Target> targets, String id) {
    return targets.stream()
        .filter(t -> t.targetId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + id));
  }

  static List<TargetOutcomeRecord> outcomes(List<Target> targets, String id) {
    return target(targets, id).outcomes();
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode group(JsonNode groups, String key) {
    for (JsonNode g : groups) {
      if (g.get("group").asText().equals(key)) {
        return g;
      }
    }
    throw new AssertionError("no group " + key + " in " + groups);
  }

  static void assertBad(QuerySideHarness q, String pathAndQuery, String parameter)
      throws Exception {
    HttpResponse<String> r = q.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = QuerySideHarness.JSON.readTree(r.body());
    List<String> named = new ArrayList<>();
    body.get("errors").forEach(e -> named.add(e.get("parameter").asText()));
    assertThat(named).as(pathAndQuery).contains(parameter);
  }
}
