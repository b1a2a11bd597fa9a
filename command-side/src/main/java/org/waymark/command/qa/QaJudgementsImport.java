package org.waymark.command.qa;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/**
 * The {@code qa_judgements} dataset of CONTRACT.md: one criterion judged at one visit per row,
 * natural key visit_id + theme + criterion. A row's visit is scheduled first when missing (an
 * identical schedule changes nothing); an identical judgement changes nothing; a changed one is
 * recorded by the visit as an amendment. Rows take effect on the visit date. Rows of one visit must
 * agree on its provider and date within a chunk; across chunks a later date reschedules the visit.
 */
@Component
class QaJudgementsImport implements DatasetImport<QaJudgementsImport.Row> {

  /** A valid row: the visit it belongs to and the judgement it records. */
  record Row(ScheduleQaVisitCommand visit, JudgeQaCriterionCommand judgement) {}

  @Override
  public String dataset() {
    return "qa_judgements";
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("visit_id", "provider_id", "visit_on", "theme", "criterion", "judgement");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("evidence");
  }

  @Override
  public Row read(FieldReader row) {
    String visitId = row.id("visitId");
    String providerId = row.id("providerId");
    LocalDate visitOn = row.date("visitOn");
    QaVisitInput.Judged judged = QaVisitInput.judged(row);
    if (!row.valid()) {
      return null;
    }
    return new Row(
        new ScheduleQaVisitCommand(visitId, providerId, visitOn, null),
        new JudgeQaCriterionCommand(
            visitId,
            judged.theme().number(),
            judged.criterion().number(),
            judged.judgement(),
            judged.evidence(),
            null,
            null));
  }

  @Override
  public String naturalKey(Row row) {
    return row.judgement().visitId() + "|" + row.judgement().criterion();
  }

  @Override
  public void write(List<ImportRow<Row>> chunk, ImportSink sink) {
    Map<String, ScheduleQaVisitCommand> visits = new HashMap<>();
    for (ImportRow<Row> row : chunk) {
      ScheduleQaVisitCommand visit = row.value().visit();
      ScheduleQaVisitCommand first = visits.putIfAbsent(visit.visitId(), visit);
      if (first == null) {
        sink.send(row, visit, visit.visitOn());
      } else if (!first.providerId().equals(visit.providerId())) {
        sink.reject(
            row,
            "provider_id",
            visit.providerId(),
            "differs from an earlier row of the same visit");
      } else if (!first.visitOn().equals(visit.visitOn())) {
        sink.reject(
            row,
            "visit_on",
            visit.visitOn().toString(),
            "differs from an earlier row of the same visit");
      }
      sink.send(row, row.value().judgement(), visit.visitOn());
    }
  }
}
