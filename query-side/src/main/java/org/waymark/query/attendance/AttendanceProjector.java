package org.waymark.query.attendance;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadModels;

/**
 * Projects register marks into the {@code attendance} read model, one document per learner per
 * calendar month (see the package documentation). An import event may hold marks of many months:
 * its month documents are read with one multi-get and written with one bulk request. Replay-safe
 * through {@link DocumentStore#updateAll}.
 */
@Component
@ProcessingGroup(ProcessingGroups.ATTENDANCE)
class AttendanceProjector {
  private final DocumentStore store;

  AttendanceProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(AttendanceMarksRecordedEvent e, EventMessage<?> message) throws IOException {
    if (e.marks() == null || e.marks().isEmpty()) {
      return;
    }
    EventContext event = EventContext.of(message);
    Map<String, List<AttendanceMark>> byDocument =
        AttendanceMonths.byDocument(e.learnerId(), e.marks());
    store.updateAll(
        ReadModels.ATTENDANCE,
        byDocument.keySet(),
        AttendanceMonthDocument.class,
        event,
        (id, current) ->
            AttendanceMonths.record(current, e.learnerId(), byDocument.get(id), event));
  }

  @EventHandler
  void on(AttendanceMarkAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.ATTENDANCE,
        AttendanceMonthDocument.id(e.learnerId(), e.date()),
        AttendanceMonthDocument.class,
        event,
        current -> AttendanceMonths.amend(current, e, event));
  }
}
