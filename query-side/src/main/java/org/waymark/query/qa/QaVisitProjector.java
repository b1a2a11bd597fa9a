package org.waymark.query.qa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.qa.PreVisitCheckRecordedEvent;
import org.waymark.api.qa.QaCriterionJudgedEvent;
import org.waymark.api.qa.QaCriterionJudgementAmendedEvent;
import org.waymark.api.qa.QaThemePrioritySetEvent;
import org.waymark.api.qa.QaVisitCompletedEvent;
import org.waymark.api.qa.QaVisitRescheduledEvent;
import org.waymark.api.qa.QaVisitScheduledEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.qa.QaVisitDocument.CriterionHistory;
import org.waymark.query.qa.QaVisitDocument.Judged;
import org.waymark.query.qa.QaVisitDocument.PreVisitCheck;
import org.waymark.query.qa.QaVisitDocument.Schedule;
import org.waymark.query.qa.QaVisitDocument.ThemePriority;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadModels;

/**
 * Projects QA visit events into the {@code qa-visits} read model, one document per visit with every
 * version of its date and judgements (see {@link QaVisitDocument}). Replay-safe through {@link
 * DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.QA)
class QaVisitProjector {
  private final DocumentStore store;

  QaVisitProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(QaVisitScheduledEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.QA_VISITS,
        e.visitId(),
        QaVisitDocument.class,
        event,
        current ->
            new QaVisitDocument(
                e.visitId(),
                e.providerId(),
                e.visitOn(),
                null,
                null,
                event.recordedAt(),
                event.position(),
                History.append(List.of(), new Schedule(e.visitOn(), e.visitors()), event),
                List.of(),
                List.of(),
                List.of()));
  }

  @EventHandler
  void on(QaVisitRescheduledEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.visitId(),
        event,
        d ->
            d.with(
                event.position(),
                History.append(d.schedule(), new Schedule(e.visitOn(), e.visitors()), event),
                d.judgements(),
                d.priorities(),
                d.preVisitChecks(),
                d.completedOn(),
                d.completedAt()));
  }

  @EventHandler
  void on(PreVisitCheckRecordedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    PreVisitCheck check =
        new PreVisitCheck(
            e.registered(),
            e.dfeNumber(),
            e.lastOfstedOutcome(),
            e.lastOfstedOn(),
            e.areasForImprovement());
    change(
        e.visitId(),
        event,
        d ->
            d.with(
                event.position(),
                d.schedule(),
                d.judgements(),
                d.priorities(),
                History.append(d.preVisitChecks(), check, event),
                d.completedOn(),
                d.completedAt()));
  }

  @EventHandler
  void on(QaCriterionJudgedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    judge(
        e.visitId(),
        e.theme(),
        e.criterion(),
        new Judged(e.judgement(), e.evidence(), e.comments()),
        event);
  }

  @EventHandler
  void on(QaCriterionJudgementAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    judge(
        e.visitId(),
        e.theme(),
        e.criterion(),
        new Judged(e.judgement(), e.evidence(), e.comments()),
        event);
  }

  @EventHandler
  void on(QaThemePrioritySetEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.visitId(),
        event,
        d -> {
          List<ThemePriority> priorities = new ArrayList<>();
          boolean found = false;
          for (ThemePriority p : d.priorities()) {
            if (p.theme() == e.theme()) {
              priorities.add(
                  new ThemePriority(
                      p.theme(), History.append(p.versions(), e.priorities(), event)));
              found = true;
            } else {
              priorities.add(p);
            }
          }
          if (!found) {
            priorities.add(
                new ThemePriority(e.theme(), History.append(List.of(), e.priorities(), event)));
          }
          return d.with(
              event.position(),
              d.schedule(),
              d.judgements(),
              priorities,
              d.preVisitChecks(),
              d.completedOn(),
              d.completedAt());
        });
  }

  @EventHandler
  void on(QaVisitCompletedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.visitId(),
        event,
        d ->
            d.with(
                event.position(),
                d.schedule(),
                d.judgements(),
                d.priorities(),
                d.preVisitChecks(),
                e.completedOn(),
                event.recordedAt()));
  }

  /** A criterion's first judgement, or a new version of it when it was judged before. */
  private void judge(String visitId, int theme, String criterion, Judged judged, EventContext event)
      throws IOException {
    change(
        visitId,
        event,
        d -> {
          List<CriterionHistory> judgements = new ArrayList<>();
          boolean found = false;
          for (CriterionHistory c : d.judgements()) {
            if (c.criterion().equals(criterion)) {
              judgements.add(
                  new CriterionHistory(
                      theme, criterion, History.append(c.versions(), judged, event)));
              found = true;
            } else {
              judgements.add(c);
            }
          }
          if (!found) {
            judgements.add(
                new CriterionHistory(theme, criterion, History.append(List.of(), judged, event)));
          }
          return d.with(
              event.position(),
              d.schedule(),
              judgements,
              d.priorities(),
              d.preVisitChecks(),
              d.completedOn(),
              d.completedAt());
        });
  }

  /** Applies {@code change} to an existing visit's document; the visit must be projected. */
  private void change(
      String visitId, EventContext event, Function<QaVisitDocument, QaVisitDocument> change)
      throws IOException {
    store.update(
        ReadModels.QA_VISITS,
        visitId,
        QaVisitDocument.class,
        event,
        current -> change.apply(current.orElseThrow(() -> missing(visitId, event))));
  }

  private static IllegalStateException missing(String visitId, EventContext event) {
    return new IllegalStateException(
        "no QA visit document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); its scheduling has not been projected");
  }
}
