package org.waymark.query.qa;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.qa.ImprovementActionAddedEvent;
import org.waymark.api.qa.ImprovementActionClosedEvent;
import org.waymark.api.qa.ImprovementActionReviewedEvent;
import org.waymark.api.qa.ImprovementPlanClosedEvent;
import org.waymark.api.qa.ImprovementPlanOpenedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.qa.ImprovementPlanDocument.Action;
import org.waymark.query.qa.ImprovementPlanDocument.Review;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadModels;

/**
 * Projects improvement-plan events into the {@code improvement-plans} read model, one document per
 * plan with its actions (see {@link ImprovementPlanDocument}). Replay-safe through {@link
 * DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.QA)
class ImprovementPlanProjector {
  private final DocumentStore store;

  ImprovementPlanProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(ImprovementPlanOpenedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.IMPROVEMENT_PLANS,
        e.planId(),
        ImprovementPlanDocument.class,
        event,
        current ->
            new ImprovementPlanDocument(
                e.planId(),
                e.providerId(),
                e.visitId(),
                e.openedOn(),
                null,
                null,
                event.recordedAt(),
                event.position(),
                List.of()));
  }

  @EventHandler
  void on(ImprovementActionAddedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.planId(),
        event,
        d -> {
          List<Action> actions = new ArrayList<>(d.actions());
          actions.removeIf(a -> a.actionId().equals(e.actionId()));
          actions.add(
              new Action(
                  e.actionId(),
                  e.theme(),
                  e.criterion(),
                  e.area(),
                  e.action(),
                  e.byWhen(),
                  e.personResponsible(),
                  event.recordedAt(),
                  List.of(),
                  null,
                  null,
                  null));
          return with(d, event, actions);
        });
  }

  @EventHandler
  void on(ImprovementActionReviewedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    Review review =
        new Review(
            e.reviewedOn(),
            e.progress(),
            e.status() == null ? null : e.status().name(),
            event.recordedAt(),
            event.recordedBy());
    action(
        e.planId(),
        e.actionId(),
        event,
        a -> {
          List<Review> reviews = new ArrayList<>(a.reviews());
          reviews.add(review);
          return new Action(
              a.actionId(),
              a.theme(),
              a.criterion(),
              a.area(),
              a.action(),
              a.byWhen(),
              a.personResponsible(),
              a.addedAt(),
              reviews,
              a.closedOn(),
              a.outcome(),
              a.closedAt());
        });
  }

  @EventHandler
  void on(ImprovementActionClosedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    action(
        e.planId(),
        e.actionId(),
        event,
        a ->
            new Action(
                a.actionId(),
                a.theme(),
                a.criterion(),
                a.area(),
                a.action(),
                a.byWhen(),
                a.personResponsible(),
                a.addedAt(),
                a.reviews(),
                e.closedOn(),
                e.outcome() == null ? null : e.outcome().name(),
                event.recordedAt()));
  }

  @EventHandler
  void on(ImprovementPlanClosedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.planId(),
        event,
        d ->
            new ImprovementPlanDocument(
                d.planId(),
                d.providerId(),
                d.visitId(),
                d.openedOn(),
                e.closedOn(),
                event.recordedAt(),
                d.firstRecordedAt(),
                event.position(),
                d.actions()));
  }

  private void action(
      String planId, String actionId, EventContext event, UnaryOperator<Action> change)
      throws IOException {
    change(
        planId,
        event,
        d -> {
          List<Action> actions = new ArrayList<>();
          boolean found = false;
          for (Action a : d.actions()) {
            if (a.actionId().equals(actionId)) {
              actions.add(change.apply(a));
              found = true;
            } else {
              actions.add(a);
            }
          }
          if (!found) {
            throw new IllegalStateException(
                "no improvement action "
                    + actionId
                    + " in plan "
                    + planId
                    + " for the event at position "
                    + event.position()
                    + " ("
                    + event.type()
                    + ")");
          }
          return with(d, event, actions);
        });
  }

  private static ImprovementPlanDocument with(
      ImprovementPlanDocument d, EventContext event, List<Action> actions) {
    return new ImprovementPlanDocument(
        d.planId(),
        d.providerId(),
        d.visitId(),
        d.openedOn(),
        d.closedOn(),
        d.closedAt(),
        d.firstRecordedAt(),
        event.position(),
        actions);
  }

  private void change(
      String planId,
      EventContext event,
      Function<ImprovementPlanDocument, ImprovementPlanDocument> change)
      throws IOException {
    store.update(
        ReadModels.IMPROVEMENT_PLANS,
        planId,
        ImprovementPlanDocument.class,
        event,
        current ->
            change.apply(
                current.orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no improvement plan document for an event at position "
                                + event.position()
                                + " ("
                                + event.type()
                                + "); its opening has not been projected"))));
  }
}
