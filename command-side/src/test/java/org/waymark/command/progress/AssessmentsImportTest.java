package org.waymark.command.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class AssessmentsImportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  final AssessmentsImport dataset = new AssessmentsImport(CLOCK, ids -> Set.of());

  /** The reader the engine builds: only the contract's columns are known. */
  FieldReader row(Map<String, String> values) {
    Set<String> known = new HashSet<>(Set.of("learnerId", "area", "date", "kind", "score"));
    return new FieldReader(values, known);
  }

  @Test
  void hasTheColumnsOfTheContract() {
    assertThat(dataset.dataset()).isEqualTo("assessments");
    assertThat(dataset.requiredColumns())
        .containsExactly("learner_id", "area", "date", "kind", "score");
    assertThat(dataset.optionalColumns()).isEmpty();
  }

  @Test
  void readsARowIntoACommandKeyedByItsNaturalKey() {
    RecordAssessmentCommand c =
        dataset.read(
            row(
                Map.of(
                    "learnerId", "L-9",
                    "area", "english",
                    "date", "2026-10-01",
                    "kind", "FINAL",
                    "score", "7")));

    assertThat(c.kind()).isEqualTo(AssessmentKind.FINAL);
    assertThat(c.score()).isEqualTo(7.0);
    assertThat(dataset.naturalKey(c)).isEqualTo("assessment:L-9:english:2026-10-01:FINAL");
  }

  @Test
  void reportsABadRowByFieldAndAnswersNull() {
    FieldReader r =
        row(
            Map.of(
                "learnerId", "L-9",
                "area", "english",
                "date", "2026-10-01",
                "kind", "FINAL",
                "score", "seven"));

    assertThat(dataset.read(r)).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("score");
  }

  @Test
  void aRowOfAnAssessmentTheStoreHasNotSeenIsSentAsACreation() {
    RecordAssessmentCommand known =
        new RecordAssessmentCommand(
            RecordAssessmentCommand.key(
                "L-1", "maths", java.time.LocalDate.of(2026, 9, 1), AssessmentKind.BASELINE),
            "L-1",
            "maths",
            java.time.LocalDate.of(2026, 9, 1),
            AssessmentKind.BASELINE,
            4.0,
            null);
    RecordAssessmentCommand fresh =
        new RecordAssessmentCommand(
            RecordAssessmentCommand.key(
                "L-2", "maths", java.time.LocalDate.of(2026, 9, 1), AssessmentKind.BASELINE),
            "L-2",
            "maths",
            java.time.LocalDate.of(2026, 9, 1),
            AssessmentKind.BASELINE,
            5.0,
            null);
    AssessmentsImport withOneKnown =
        new AssessmentsImport(
            CLOCK,
            ids -> {
              assertThat(ids).containsExactly(known.assessmentId(), fresh.assessmentId());
              return Set.of(known.assessmentId());
            });
    java.util.List<Object> sent = new java.util.ArrayList<>();
    withOneKnown.write(
        java.util.List.of(
            new org.waymark.command.imports.ImportRow<>(2, known),
            new org.waymark.command.imports.ImportRow<>(3, fresh)),
        new org.waymark.command.imports.ImportSink() {
          @Override
          public void send(
              org.waymark.command.imports.ImportRow<?> row,
              Object command,
              java.time.LocalDate effectiveDate) {
            sent.add(command);
          }

          @Override
          public String importId() {
            return "test";
          }
        });
    assertThat(sent).containsExactly(known, new RecordNewAssessmentCommand(fresh));
  }
}
