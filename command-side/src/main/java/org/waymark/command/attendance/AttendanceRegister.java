package org.waymark.command.attendance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.attendance.AmendAttendanceMarkCommand;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.attendance.AttendanceRegisterIds;
import org.waymark.api.attendance.RecordAttendanceMarksCommand;
import org.waymark.command.cache.AggregateCaches;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;
import org.waymark.privacy.PersonalData;

/**
 * One learner's attendance register: the DfE code of every session marked. A batch of marks is
 * recorded as one event (volume: a year is about 380 sessions a learner); a mark already recorded
 * with the same code is ignored; one recorded with another code is amended (old code, new code,
 * reason; who and when in the metadata), so the history can show the register as it stood. A reason
 * is free text: sealed with the learner's key before an event is applied; nothing more is recorded
 * about an erased learner.
 */
@Aggregate(cache = AggregateCaches.REGISTERS)
class AttendanceRegister {
  @AggregateIdentifier private String registerId;

  /**
   * Code by {@link #slot}: a year is about 380 of them, rebuilt when the register loads from its
   * events, and kept with the register in the register cache ({@link AggregateCaches#REGISTERS})
   * between commands.
   */
  private final SlotCodes codes = new SlotCodes();

  AttendanceRegister() {
    // rebuilt from events
  }

  /** The session as people read it, e.g. {@code 2025-09-01/AM} (in messages). */
  static String key(java.time.LocalDate date, org.waymark.api.attendance.Session session) {
    return date + "/" + session;
  }

  /** The session as a number, one per date and session: no string built per mark. */
  static int slot(java.time.LocalDate date, org.waymark.api.attendance.Session session) {
    return Math.toIntExact(date.toEpochDay() * SESSIONS + session.ordinal());
  }

  private static final int SESSIONS = org.waymark.api.attendance.Session.values().length;

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordAttendanceMarksCommand command, PersonalData data) {
    data.checkNotErased(command.learnerId());
    Set<Integer> inBatch = new HashSet<>();
    List<AttendanceMark> fresh = new ArrayList<>();
    List<AttendanceMarkAmendedEvent> amended = new ArrayList<>();
    for (AttendanceMark mark : command.marks()) {
      int slot = slot(mark.date(), mark.session());
      if (!inBatch.add(slot)) {
        throw new InvalidInputException(
            List.of(
                new FieldProblem(
                    "session",
                    key(mark.date(), mark.session()),
                    "the same session is marked twice for this learner")));
      }
      String recorded = codes.get(slot);
      if (recorded == null) {
        fresh.add(sealed(command.learnerId(), mark, data));
      } else if (!recorded.equals(mark.code())) {
        amended.add(
            new AttendanceMarkAmendedEvent(
                command.learnerId(),
                mark.date(),
                mark.session(),
                recorded,
                mark.code(),
                data.seal(command.learnerId(), mark.reason())));
      }
    }
    if (!fresh.isEmpty()) {
      apply(new AttendanceMarksRecordedEvent(command.learnerId(), List.copyOf(fresh)));
    }
    amended.forEach(e -> apply(e));
  }

  @CommandHandler
  void handle(AmendAttendanceMarkCommand command, PersonalData data) {
    String recorded =
        registerId == null ? null : codes.get(slot(command.date(), command.session()));
    if (recorded == null) {
      throw new NotFoundException(
          "attendance mark", command.learnerId() + " " + key(command.date(), command.session()));
    }
    if (recorded.equals(command.code())) {
      return;
    }
    data.checkNotErased(command.learnerId());
    apply(
        new AttendanceMarkAmendedEvent(
            command.learnerId(),
            command.date(),
            command.session(),
            recorded,
            command.code(),
            data.seal(command.learnerId(), command.reason())));
  }

  /** The mark with its reason sealed; most marks have none, and stay as they are. */
  private static AttendanceMark sealed(String learnerId, AttendanceMark mark, PersonalData data) {
    if (mark.reason() == null) {
      return mark;
    }
    return new AttendanceMark(
        mark.date(),
        mark.session(),
        mark.code(),
        mark.minutesLate(),
        data.seal(learnerId, mark.reason()));
  }

  @EventSourcingHandler
  void on(AttendanceMarksRecordedEvent e) {
    registerId = AttendanceRegisterIds.of(e.learnerId());
    for (AttendanceMark m : e.marks()) {
      codes.put(slot(m.date(), m.session()), m.code());
    }
  }

  @EventSourcingHandler
  void on(AttendanceMarkAmendedEvent e) {
    codes.put(slot(e.date(), e.session()), e.newCode());
  }
}
