package org.waymark.query.attendance;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.privacy.PersonalData;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.erasure.Erasures;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadAhead;
import org.waymark.query.store.ReadModels;

/**
 * Projects register marks into the {@code attendance} read model, one document per learner per
 * calendar month (see the package documentation). An import event may hold marks of many months:
 * its month documents are read with one multi-get and written with one bulk request. Replay-safe
 * through {@link DocumentStore#updateAll}. Reasons arrive sealed with the learner's key: they are
 * opened here, and removed from every version when the learner is erased.
 */
@Component
@ProcessingGroup(ProcessingGroups.ATTENDANCE)
class AttendanceProjector implements ReadAhead {
  private final DocumentStore store;
  private final Erasures erasures;
  private final PersonalData data;

  AttendanceProjector(DocumentStore store, Erasures erasures) {
    this.store = store;
    this.erasures = erasures;
    this.data = erasures.personalData();
  }

  /** Erasure: the learner's marks lose their reasons; codes, dates and minutes late stay. */
  @EventHandler
  void on(LearnerErasedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    erasures.scrub(
        ReadModels.ATTENDANCE,
        e.learnerId(),
        AttendanceMonthDocument.class,
        event,
        d -> AttendanceMonthDocument.id(d.learnerId(), YearMonth.parse(d.month())),
        d -> d.erased(event));
  }

  @EventHandler
  void on(AttendanceMarksRecordedEvent e, EventMessage<?> message) throws IOException {
    if (e.marks() == null || e.marks().isEmpty()) {
      return;
    }
    EventContext event = EventContext.of(message);
    List<AttendanceMark> marks = e.marks().stream().map(m -> opened(e.learnerId(), m)).toList();
    Map<String, List<AttendanceMark>> byDocument =
        AttendanceMonths.byDocument(e.learnerId(), marks);
    store.updateAll(
        ReadModels.ATTENDANCE,
        byDocument.keySet(),
        AttendanceMonthDocument.class,
        event,
        (id, current) ->
            AttendanceMonths.record(current, e.learnerId(), byDocument.get(id), event));
  }

  @EventHandler
  void on(AttendanceMarkAmendedEvent sealed, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    AttendanceMarkAmendedEvent e =
        new AttendanceMarkAmendedEvent(
            sealed.learnerId(),
            sealed.date(),
            sealed.session(),
            sealed.oldCode(),
            sealed.newCode(),
            data.openOrNull(sealed.learnerId(), sealed.reason()));
    store.update(
        ReadModels.ATTENDANCE,
        AttendanceMonthDocument.id(e.learnerId(), e.date()),
        AttendanceMonthDocument.class,
        event,
        current -> AttendanceMonths.amend(current, e, event));
  }

  /** The month documents of the marks, and of an amendment. */
  @Override
  public void reads(Object payload, Documents documents) {
    if (payload instanceof AttendanceMarksRecordedEvent e && e.marks() != null) {
      for (YearMonth month : AttendanceMonths.months(e.marks())) {
        documents.add(
            ReadModels.ATTENDANCE,
            AttendanceMonthDocument.id(e.learnerId(), month),
            AttendanceMonthDocument.class);
      }
    } else if (payload instanceof AttendanceMarkAmendedEvent e) {
      documents.add(
          ReadModels.ATTENDANCE,
          AttendanceMonthDocument.id(e.learnerId(), e.date()),
          AttendanceMonthDocument.class);
    }
  }

  /** The mark with its reason opened (most marks have none). */
  private AttendanceMark opened(String learnerId, AttendanceMark m) {
    if (m.reason() == null) {
      return m;
    }
    return new AttendanceMark(
        m.date(), m.session(), m.code(), m.minutesLate(), data.openOrNull(learnerId, m.reason()));
  }
}
