package org.waymark.command.attendance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.RecordAttendanceMarksCommand;
import org.waymark.command.imports.DatasetImport;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
import org.waymark.command.web.FieldReader;

/**
 * The attendance dataset (CONTRACT.md, natural key learner_id+date+session). Each chunk of rows
 * becomes one command, hence one event, per learner: a register exported learner by learner gives
 * few large events. The natural-key check runs per chunk here (the engine's file-wide check would
 * hold every key of a year's register in memory); across chunks the register aggregate itself
 * treats a mark seen again as identical (ignored) or changed (amended).
 */
@Component
class AttendanceImport implements DatasetImport<AttendanceInput.LearnerMark> {
  @Override
  public String dataset() {
    return "attendance";
  }

  @Override
  public List<String> requiredColumns() {
    return List.of("learner_id", "date", "session", "code");
  }

  @Override
  public List<String> optionalColumns() {
    return List.of("minutes_late", "reason");
  }

  @Override
  public AttendanceInput.LearnerMark read(FieldReader row) {
    return AttendanceInput.read(row);
  }

  @Override
  public String naturalKey(AttendanceInput.LearnerMark row) {
    return null;
  }

  @Override
  public int chunkSize() {
    return 20_000;
  }

  @Override
  public void write(List<ImportRow<AttendanceInput.LearnerMark>> chunk, ImportSink sink) {
    Map<String, List<ImportRow<AttendanceInput.LearnerMark>>> byLearner = new LinkedHashMap<>();
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (ImportRow<AttendanceInput.LearnerMark> row : chunk) {
      AttendanceInput.LearnerMark m = row.value();
      int slot = AttendanceRegister.slot(m.mark().date(), m.mark().session());
      if (!seen.computeIfAbsent(m.learnerId(), l -> new HashSet<>()).add(slot)) {
        sink.reject(
            row,
            "session",
            AttendanceRegister.key(m.mark().date(), m.mark().session()),
            "the same learner, date and session appear twice");
      }
      byLearner.computeIfAbsent(m.learnerId(), l -> new ArrayList<>()).add(row);
    }
    byLearner.forEach(
        (learnerId, rows) -> {
          List<AttendanceMark> marks = rows.stream().map(r -> r.value().mark()).toList();
          sink.send(rows.get(0), new RecordAttendanceMarksCommand(learnerId, marks), null);
        });
  }
}
