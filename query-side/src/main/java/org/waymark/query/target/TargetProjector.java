package org.waymark.query.target;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetDetails;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadAhead;
import org.waymark.query.store.ReadModels;
import org.waymark.query.target.TargetDocument.Details;
import org.waymark.query.target.TargetDocument.OutcomeState;
import org.waymark.query.target.TargetDocument.RecordedOutcome;

/**
 * Projects target events into the {@code targets} read model: one document per target, its outcomes
 * inside, every version kept (see {@link TargetDocument}). Replay-safe through {@link
 * DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.TARGETS)
class TargetProjector implements ReadAhead {
  private final DocumentStore store;

  TargetProjector(DocumentStore store) {
    this.store = store;
  }

  /** The target's document, for every target event. */
  @Override
  public void reads(Object payload, Documents documents) {
    String targetId = null;
    if (payload instanceof TargetSetEvent e) {
      targetId = e.targetId();
    } else if (payload instanceof TargetAmendedEvent e) {
      targetId = e.targetId();
    } else if (payload instanceof TargetOutcomeRecordedEvent e) {
      targetId = e.targetId();
    } else if (payload instanceof TargetOutcomeAmendedEvent e) {
      targetId = e.targetId();
    }
    if (targetId != null) {
      documents.add(ReadModels.TARGETS, targetId, TargetDocument.class);
    }
  }

  @EventHandler
  void on(TargetSetEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    Details details = new Details(e.area(), e.setOn(), e.dueOn(), e.longTermTargetId());
    store.update(
        ReadModels.TARGETS,
        e.targetId(),
        TargetDocument.class,
        event,
        current ->
            TargetDocument.of(
                e.targetId(),
                e.learnerId(),
                current.map(TargetDocument::firstRecordedAt).orElse(event.recordedAt()),
                event.position(),
                History.append(
                    current.map(TargetDocument::versions).orElse(List.of()), details, event),
                current.map(TargetDocument::outcomes).orElse(List.of())));
  }

  @EventHandler
  void on(TargetAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    TargetDetails a = e.details();
    Details details = new Details(a.area(), a.setOn(), a.dueOn(), a.longTermTargetId());
    store.update(
        ReadModels.TARGETS,
        e.targetId(),
        TargetDocument.class,
        event,
        current -> {
          TargetDocument d = current.orElseThrow(() -> missing(event));
          return TargetDocument.of(
              d.targetId(),
              d.learnerId(),
              d.firstRecordedAt(),
              event.position(),
              History.append(d.versions(), details, event),
              d.outcomes());
        });
  }

  @EventHandler
  void on(TargetOutcomeRecordedEvent e, EventMessage<?> message) throws IOException {
    outcome(e.targetId(), e.date(), new OutcomeState(e.outcome(), e.newDueOn()), message);
  }

  @EventHandler
  void on(TargetOutcomeAmendedEvent e, EventMessage<?> message) throws IOException {
    outcome(e.targetId(), e.date(), new OutcomeState(e.outcome(), e.newDueOn()), message);
  }

  /**
   * Appends a version to the outcome of {@code date} (a new outcome when the date has none yet: the
   * date is the outcome's natural key, so an amendment always names a recorded one).
   */
  private void outcome(String targetId, LocalDate date, OutcomeState state, EventMessage<?> message)
      throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.TARGETS,
        targetId,
        TargetDocument.class,
        event,
        current -> {
          TargetDocument d = current.orElseThrow(() -> missing(event));
          List<RecordedOutcome> outcomes = new ArrayList<>(d.outcomes());
          int i = 0;
          while (i < outcomes.size() && !outcomes.get(i).date().equals(date)) {
            i++;
          }
          if (i < outcomes.size()) {
            outcomes.set(
                i,
                new RecordedOutcome(
                    date, History.append(outcomes.get(i).versions(), state, event)));
          } else {
            outcomes.add(new RecordedOutcome(date, History.append(List.of(), state, event)));
          }
          return TargetDocument.of(
              d.targetId(),
              d.learnerId(),
              d.firstRecordedAt(),
              event.position(),
              d.versions(),
              outcomes);
        });
  }

  /**
   * An event about a target the read model has never seen: the stream is out of order or the
   * setting was lost. Failing (and so retrying) is right; skipping would hide the gap.
   */
  private static IllegalStateException missing(EventContext event) {
    return new IllegalStateException(
        "no target document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); the target's setting has not been projected");
  }
}
