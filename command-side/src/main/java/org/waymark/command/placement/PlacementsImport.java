package org.waymark.command.placement;

import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.api.placement.RecordPlacementCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/** The placements dataset (CONTRACT.md): natural key placement_id. */
@Component
class PlacementsImport implements DatasetImport<RecordPlacementCommand> {
  @Override
  public String dataset() {
    return "placements";
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("placement_id", "learner_id", "provider_id", "start_on", "hours_per_week");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("end_on", "sole_provider");
  }

  @Override
  public RecordPlacementCommand read(FieldReader row) {
    return PlacementInput.read(row);
  }

  @Override
  public String naturalKey(RecordPlacementCommand row) {
    return row.placementId();
  }

  @Override
  public void write(List<ImportRow<RecordPlacementCommand>> chunk, ImportSink sink) {
    chunk.forEach(row -> sink.send(row, row.value(), null));
  }
}
