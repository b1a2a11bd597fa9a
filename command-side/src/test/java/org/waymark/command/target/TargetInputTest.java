package org.waymark.command.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetOutcome;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class TargetInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> target() {
    Map<String, String> m = new HashMap<>();
    m.put("targetId", "T-1");
    m.put("learnerId", "L-1");
    m.put("area", "maths");
    m.put("description", "Scale a recipe");
    m.put("setOn", "2026-09-15");
    m.put("dueOn", "2026-10-23");
    return m;
  }

  static Map<String, String> outcome() {
    Map<String, String> m = new HashMap<>();
    m.put("targetId", "T-1");
    m.put("date", "2026-10-23");
    m.put("outcome", "CARRIED_FORWARD");
    m.put("newDueOn", "2026-11-20");
    return m;
  }

  @Nested
  class ATarget {
    @Test
    void becomesACommandWithOptionalMeasureAndLongTermTarget() {
      Map<String, String> m = target();
      m.put("measure", "Three recipes");
      m.put("longTermTargetId", "LT-1");

      SetTargetCommand c = TargetInput.read(new FieldReader(m, TargetInput.jsonFieldSet()), false);

      assertThat(c)
          .isEqualTo(
              new SetTargetCommand(
                  "T-1",
                  "L-1",
                  "maths",
                  "Scale a recipe",
                  "Three recipes",
                  LocalDate.of(2026, 9, 15),
                  LocalDate.of(2026, 10, 23),
                  "LT-1",
                  false,
                  null));
    }

    @Test
    void namesEveryBadFieldIncludingADueDateBeforeTheSetDate() {
      Map<String, String> m = target();
      m.put("targetId", "T/1");
      m.put("dueOn", "2026-09-14");
      m.put("longTermTargetId", "long term");
      m.remove("description");
      FieldReader r = new FieldReader(m, TargetInput.jsonFieldSet());

      assertThat(TargetInput.read(r, false)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("targetId", "T/1"),
              tuple("dueOn", "2026-09-14"),
              tuple("longTermTargetId", "long term"),
              tuple("description", null));
    }
  }

  @Nested
  class AnOutcome {
    @Test
    void becomesACommandWithTheNewDueDateOfACarryForward() {
      RecordTargetOutcomeCommand c =
          TargetOutcomeInput.read(
              new FieldReader(outcome(), TargetOutcomeInput.jsonFieldSet()), CLOCK);

      assertThat(c.outcome()).isEqualTo(TargetOutcome.CARRIED_FORWARD);
      assertThat(c.newDueOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void requiresANewDueDateForACarryForwardOnly() {
      Map<String, String> cf = outcome();
      cf.remove("newDueOn");
      FieldReader r1 = new FieldReader(cf, TargetOutcomeInput.jsonFieldSet());
      Map<String, String> met = outcome();
      met.put("outcome", "MET");
      FieldReader r2 = new FieldReader(met, TargetOutcomeInput.jsonFieldSet());

      assertThat(TargetOutcomeInput.read(r1, CLOCK)).isNull();
      assertThat(TargetOutcomeInput.read(r2, CLOCK)).isNull();
      assertThat(r1.problems()).extracting(FieldProblem::field).containsExactly("newDueOn");
      assertThat(r2.problems()).extracting(FieldProblem::field).containsExactly("newDueOn");
    }

    @Test
    void namesAnUnknownOutcomeABadNewDueDateAndAFutureDate() {
      Map<String, String> m = outcome();
      m.put("outcome", "DONE");
      m.put("newDueOn", "next week");
      m.put("date", "2026-11-24");
      FieldReader r = new FieldReader(m, TargetOutcomeInput.jsonFieldSet());

      TargetOutcomeInput.read(r, CLOCK);

      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("outcome", "DONE"),
              tuple("newDueOn", "next week"),
              tuple("date", "2026-11-24"));
    }
  }
}
