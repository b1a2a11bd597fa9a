package org.waymark.command.progress;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.waymark.api.progress.RecordAssessmentCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.imports.RecordedAggregates;
import org.waymark.command.web.FieldReader;

/**
 * The assessments dataset: one score per row, natural key learner_id + area + date + kind. The
 * {@link Assessment} aggregate makes a re-import idempotent and a changed score an amendment.
 */
@Component
class AssessmentsImport implements DatasetImport<RecordAssessmentCommand> {
  private final Clock clock;
  private final RecordedAggregates recorded;

  AssessmentsImport(Clock clock, RecordedAggregates recorded) {
    this.clock = clock;
    this.recorded = recorded;
  }

  @Override
  public String dataset() {
    return "assessments";
  }

  @Override
  public List<String> requiredColumns() {
    return AssessmentInput.COLUMNS;
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public RecordAssessmentCommand read(FieldReader row) {
    return AssessmentInput.read(row, clock);
  }

  @Override
  public String naturalKey(RecordAssessmentCommand row) {
    return row.assessmentId();
  }

  @Override
  public void write(List<ImportRow<RecordAssessmentCommand>> chunk, ImportSink sink) {
    // Natural keys are unique within a file (the engine checks), so a key absent from the store
    // before the chunk is sent is created by its one row.
    Set<String> known =
        recorded.recorded(chunk.stream().map(r -> r.value().assessmentId()).toList());
    for (ImportRow<RecordAssessmentCommand> row : chunk) {
      RecordAssessmentCommand c = row.value();
      sink.send(
          row, known.contains(c.assessmentId()) ? c : new RecordNewAssessmentCommand(c), null);
    }
  }
}
