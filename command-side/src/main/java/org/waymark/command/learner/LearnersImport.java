package org.waymark.command.learner;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/** The learners dataset (CONTRACT.md): natural key learner_id; a changed row is an amendment. */
@Component
class LearnersImport implements DatasetImport<RegisterLearnerCommand> {
  private final Clock clock;

  LearnersImport(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String dataset() {
    return "learners";
  }

  @Override
  public List<String> requiredColumns() {
    return List.of(
        "learner_id",
        "provider_id",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "ethnicity",
        "send",
        "disadvantaged",
        "looked_after",
        "eal",
        "enrolled_on");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("year_group");
  }

  @Override
  public RegisterLearnerCommand read(FieldReader row) {
    return LearnerInput.read(row, clock);
  }

  @Override
  public String naturalKey(RegisterLearnerCommand row) {
    return row.learnerId();
  }

  @Override
  public void write(List<ImportRow<RegisterLearnerCommand>> chunk, ImportSink sink) {
    for (ImportRow<RegisterLearnerCommand> row : chunk) {
      sink.send(row, LearnerRecords.record(row.value()), null);
    }
  }
}
