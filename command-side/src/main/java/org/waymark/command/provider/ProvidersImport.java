package org.waymark.command.provider;

import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.api.provider.RecordProviderCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/** The providers dataset (CONTRACT.md): natural key provider_id; a changed row is an amendment. */
@Component
class ProvidersImport implements DatasetImport<RecordProviderCommand> {
  @Override
  public String dataset() {
    return "providers";
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("provider_id", "name", "kind", "registered");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("dfe_number");
  }

  @Override
  public RecordProviderCommand read(FieldReader row) {
    return ProviderInput.read(row);
  }

  @Override
  public String naturalKey(RecordProviderCommand row) {
    return row.providerId();
  }

  @Override
  public void write(List<ImportRow<RecordProviderCommand>> chunk, ImportSink sink) {
    chunk.forEach(row -> sink.send(row, row.value(), null));
  }
}
