package org.waymark.command.target;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetIds;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.imports.RecordedAggregates;
import org.waymark.command.web.FieldReader;

/**
 * The targets dataset, natural key target_id. A re-imported identical row records nothing; a
 * changed one amends the target, keeping the measure and long-term target the file cannot carry.
 */
@Component
class TargetsImport implements DatasetImport<SetTargetCommand> {
  private final RecordedAggregates recorded;

  TargetsImport(RecordedAggregates recorded) {
    this.recorded = recorded;
  }

  @Override
  public String dataset() {
    return "targets";
  }

  @Override
  public List<String> requiredColumns() {
    return TargetInput.COLUMNS;
  }

  @Override
  public List<String> optionalColumns() {
    return List.of();
  }

  @Override
  public SetTargetCommand read(FieldReader row) {
    return TargetInput.read(row, true);
  }

  @Override
  public String naturalKey(SetTargetCommand row) {
    return row.targetId();
  }

  @Override
  public void write(List<ImportRow<SetTargetCommand>> chunk, ImportSink sink) {
    // target_id is unique within a file (the engine checks): a target absent from the store before
    // the chunk is sent is created by its one row.
    Set<String> known =
        recorded.recorded(chunk.stream().map(r -> TargetIds.of(r.value().targetId())).toList());
    for (ImportRow<SetTargetCommand> row : chunk) {
      SetTargetCommand c = row.value();
      sink.send(
          row, known.contains(TargetIds.of(c.targetId())) ? c : new SetNewTargetCommand(c), null);
    }
  }
}
