package org.waymark.command.target;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/**
 * The target_outcomes dataset, natural key target_id + date. Rows of one target must come in date
 * order (the {@link Target} refuses an outcome dated before one already recorded); a target must
 * have been set, by an earlier import or earlier in the same transaction.
 */
@Component
class TargetOutcomesImport implements DatasetImport<RecordTargetOutcomeCommand> {
  private final Clock clock;

  TargetOutcomesImport(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String dataset() {
    return "target_outcomes";
  }

  @Override
  public List<String> requiredColumns() {
    return TargetOutcomeInput.COLUMNS;
  }

  @Override
  public List<String> optionalColumns() {
    return TargetOutcomeInput.OPTIONAL_COLUMNS;
  }

  @Override
  public RecordTargetOutcomeCommand read(FieldReader row) {
    return TargetOutcomeInput.read(row, clock);
  }

  @Override
  public String naturalKey(RecordTargetOutcomeCommand row) {
    return row.targetId() + "|" + row.date();
  }

  @Override
  public void write(List<ImportRow<RecordTargetOutcomeCommand>> chunk, ImportSink sink) {
    for (ImportRow<RecordTargetOutcomeCommand> row : chunk) {
      sink.send(row, row.value(), null);
    }
  }
}
