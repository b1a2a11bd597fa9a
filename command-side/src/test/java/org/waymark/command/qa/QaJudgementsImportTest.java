package org.waymark.command.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class QaJudgementsImportTest {
  final QaJudgementsImport dataset = new QaJudgementsImport();

  static String camel(String column) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  FieldReader row(Map<String, String> values) {
    Set<String> known = new HashSet<>();
    dataset.requiredColumns().forEach(c -> known.add(camel(c)));
    dataset.optionalColumns().forEach(c -> known.add(camel(c)));
    return new FieldReader(values, known);
  }

  static Map<String, String> valid() {
    Map<String, String> m = new HashMap<>();
    m.put("visitId", "V-1");
    m.put("providerId", "P-07");
    m.put("visitOn", "2026-10-14");
    m.put("theme", "6");
    m.put("criterion", "2");
    m.put("judgement", "PARTIALLY_MET");
    m.put("evidence", "Pupil passports seen");
    return m;
  }

  @Test
  void declaresTheColumnsOfTheContract() {
    assertThat(dataset.dataset()).isEqualTo("qa_judgements");
    assertThat(dataset.requiredColumns())
        .containsExactly("visit_id", "provider_id", "visit_on", "theme", "criterion", "judgement");
    assertThat(dataset.optionalColumns()).containsExactly("evidence");
  }

  @Test
  void readsARowIntoTheVisitItBelongsToAndTheJudgementItRecords() {
    QaJudgementsImport.Row r = dataset.read(row(valid()));

    assertThat(r.visit())
        .isEqualTo(new ScheduleQaVisitCommand("V-1", "P-07", LocalDate.of(2026, 10, 14), null));
    assertThat(r.judgement())
        .isEqualTo(
            new JudgeQaCriterionCommand(
                "V-1", 6, "6.2", QaJudgement.PARTIALLY_MET, "Pupil passports seen", null, null));
    assertThat(dataset.naturalKey(r)).isEqualTo("V-1|6.2");
  }

  @Test
  void keysACriterionWrittenInFullAndWithinItsThemeAlike() {
    Map<String, String> full = valid();
    full.put("criterion", "6.2");
    full.remove("evidence");

    QaJudgementsImport.Row r = dataset.read(row(full));

    assertThat(dataset.naturalKey(r)).isEqualTo(dataset.naturalKey(dataset.read(row(valid()))));
    assertThat(r.judgement().evidence()).isNull();
  }

  @Test
  void namesEveryBadColumnOfARow() {
    Map<String, String> m = valid();
    m.put("visitId", "");
    m.put("visitOn", "2026-02-30");
    m.put("theme", "1");
    m.put("criterion", "7");
    m.put("judgement", "MET");
    m.put("notes", "x");
    FieldReader r = row(m);

    assertThat(dataset.read(r)).isNull();
    assertThat(r.problems())
        .extracting(FieldProblem::field, FieldProblem::value)
        .containsExactlyInAnyOrder(
            tuple("visitId", null),
            tuple("visitOn", "2026-02-30"),
            tuple("criterion", "7"),
            tuple("judgement", "MET"),
            tuple("notes", "x"));
  }

  @Test
  void refusesPartiallyMetForSafeguarding() {
    Map<String, String> m = valid();
    m.put("theme", "1");
    m.put("criterion", "1");
    FieldReader r = row(m);

    assertThat(dataset.read(r)).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("judgement");
  }

  @Test
  void refusesAThemeOutsideOneToNine() {
    Map<String, String> m = valid();
    m.put("theme", "0");
    FieldReader r = row(m);

    assertThat(dataset.read(r)).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("theme");
  }

  @Test
  void schedulesEachVisitOnceAChunkThenJudgesEveryRowOnTheVisitDate() {
    Map<String, String> second = valid();
    second.put("criterion", "3");
    List<ImportRow<QaJudgementsImport.Row>> chunk =
        List.of(
            new ImportRow<>(2, dataset.read(row(valid()))),
            new ImportRow<>(3, dataset.read(row(second))));
    List<Object> sent = new ArrayList<>();
    List<LocalDate> effective = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    ImportSink sink =
        new ImportSink() {
          @Override
          public void send(ImportRow<?> row, Object command, LocalDate effectiveDate) {
            sent.add(command);
            effective.add(effectiveDate);
          }

          @Override
          public void reject(ImportRow<?> row, String column, String value, String message) {
            rejected.add(row.row() + ":" + column + "=" + value);
          }

          @Override
          public String importId() {
            return "imp-1";
          }
        };

    dataset.write(chunk, sink);

    assertThat(sent)
        .extracting(c -> c.getClass().getSimpleName())
        .containsExactly(
            "ScheduleQaVisitCommand", "JudgeQaCriterionCommand", "JudgeQaCriterionCommand");
    assertThat(effective).containsOnly(LocalDate.of(2026, 10, 14));
    assertThat(rejected).isEmpty();
  }

  @Test
  void rejectsARowWhoseVisitDateDisagreesWithAnEarlierRowOfTheSameVisit() {
    Map<String, String> other = valid();
    other.put("criterion", "3");
    other.put("visitOn", "2026-10-15");
    Map<String, String> elsewhere = valid();
    elsewhere.put("criterion", "4");
    elsewhere.put("providerId", "P-08");
    List<String> rejected = new ArrayList<>();
    ImportSink sink =
        new ImportSink() {
          @Override
          public void send(ImportRow<?> row, Object command, LocalDate effectiveDate) {}

          @Override
          public void reject(ImportRow<?> row, String column, String value, String message) {
            rejected.add(row.row() + ":" + column + "=" + value);
          }

          @Override
          public String importId() {
            return "imp-1";
          }
        };

    dataset.write(
        List.of(
            new ImportRow<>(2, dataset.read(row(valid()))),
            new ImportRow<>(3, dataset.read(row(other))),
            new ImportRow<>(4, dataset.read(row(elsewhere)))),
        sink);

    assertThat(rejected).containsExactly("3:visit_on=2026-10-15", "4:provider_id=P-08");
  }
}
