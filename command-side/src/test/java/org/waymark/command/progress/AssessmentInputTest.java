package org.waymark.command.progress;

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
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class AssessmentInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static Map<String, String> valid() {
    Map<String, String> m = new HashMap<>();
    m.put("learnerId", "L-1");
    m.put("area", "maths");
    m.put("date", "2026-09-15");
    m.put("kind", "PROGRESS");
    m.put("score", "4.25");
    return m;
  }

  static FieldReader reader(Map<String, String> m) {
    return new FieldReader(m, AssessmentInput.jsonFieldSet());
  }

  @Nested
  class AValidRecord {
    @Test
    void becomesACommandKeyedByLearnerAreaDateAndKind() {
      RecordAssessmentCommand c = AssessmentInput.read(reader(valid()), CLOCK);

      assertThat(c)
          .isEqualTo(
              new RecordAssessmentCommand(
                  "assessment:L-1:maths:2026-09-15:PROGRESS",
                  "L-1",
                  "maths",
                  LocalDate.of(2026, 9, 15),
                  AssessmentKind.PROGRESS,
                  4.25,
                  null));
    }

    @Test
    void takesAnyFiniteNumberAsAScore() {
      Map<String, String> m = valid();
      m.put("score", "-3");
      m.put("reason", "re-marked");

      RecordAssessmentCommand c = AssessmentInput.read(reader(m), CLOCK);

      assertThat(c.score()).isEqualTo(-3.0);
      assertThat(c.reason()).isEqualTo("re-marked");
    }
  }

  @Nested
  class AnInvalidRecord {
    @Test
    void namesEveryBadFieldWithItsValue() {
      Map<String, String> m = valid();
      m.put("learnerId", "L 1");
      m.put("kind", "MIDTERM");
      m.put("score", "four");
      m.put("date", "15/09/2026");
      m.remove("area");
      FieldReader r = reader(m);

      assertThat(AssessmentInput.read(r, CLOCK)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("learnerId", "L 1"),
              tuple("kind", "MIDTERM"),
              tuple("score", "four"),
              tuple("date", "15/09/2026"),
              tuple("area", null));
    }

    @Test
    void rejectsAnInfiniteScoreAndAFutureDate() {
      Map<String, String> m = valid();
      m.put("score", "1e999");
      m.put("date", "2026-11-24");
      FieldReader r = reader(m);

      AssessmentInput.read(r, CLOCK);

      assertThat(r.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("score", "date");
    }
  }
}
