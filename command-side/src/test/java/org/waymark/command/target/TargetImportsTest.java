package org.waymark.command.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetOutcome;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class TargetImportsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  final TargetsImport targets = new TargetsImport(ids -> java.util.Set.of());
  final TargetOutcomesImport outcomes = new TargetOutcomesImport(CLOCK);

  @Test
  void targetsHaveTheColumnsOfTheContract() {
    assertThat(targets.dataset()).isEqualTo("targets");
    assertThat(targets.requiredColumns())
        .containsExactly("target_id", "learner_id", "area", "description", "set_on", "due_on");
    assertThat(targets.optionalColumns()).isEmpty();
  }

  @Test
  void aTargetRowKeepsWhatTheFileCannotCarryAndIsKeyedByItsId() {
    SetTargetCommand c =
        targets.read(
            new FieldReader(
                Map.of(
                    "targetId", "T-1",
                    "learnerId", "L-1",
                    "area", "maths",
                    "description", "Scale a recipe",
                    "setOn", "2026-09-15",
                    "dueOn", "2026-10-23"),
                Set.of("targetId", "learnerId", "area", "description", "setOn", "dueOn")));

    assertThat(c.contractColumnsOnly()).isTrue();
    assertThat(targets.naturalKey(c)).isEqualTo("T-1");
  }

  @Test
  void outcomesHaveTheColumnsOfTheContract() {
    assertThat(outcomes.dataset()).isEqualTo("target_outcomes");
    assertThat(outcomes.requiredColumns()).containsExactly("target_id", "date", "outcome");
    assertThat(outcomes.optionalColumns()).containsExactly("new_due_on");
  }

  @Test
  void anOutcomeRowIsKeyedByTargetAndDate() {
    RecordTargetOutcomeCommand c =
        outcomes.read(
            new FieldReader(
                Map.of("targetId", "T-1", "date", "2026-10-23", "outcome", "WITHDRAWN"),
                Set.of("targetId", "date", "outcome", "newDueOn")));

    assertThat(c.outcome()).isEqualTo(TargetOutcome.WITHDRAWN);
    assertThat(outcomes.naturalKey(c)).isEqualTo("T-1|2026-10-23");
  }

  @Test
  void aBadOutcomeRowIsReportedByField() {
    FieldReader r =
        new FieldReader(
            Map.of("targetId", "T-1", "date", "2026-10-23", "outcome", "MET", "newDueOn", "x"),
            Set.of("targetId", "date", "outcome", "newDueOn"));

    assertThat(outcomes.read(r)).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).contains("newDueOn");
  }
}
