package org.waymark.command.qa;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.qa.AddImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementActionCommand;
import org.waymark.api.qa.CloseImprovementPlanCommand;
import org.waymark.api.qa.ImprovementActionAddedEvent;
import org.waymark.api.qa.ImprovementActionClosedEvent;
import org.waymark.api.qa.ImprovementActionReviewedEvent;
import org.waymark.api.qa.ImprovementPlanClosedEvent;
import org.waymark.api.qa.ImprovementPlanOpenedEvent;
import org.waymark.api.qa.OpenImprovementPlanCommand;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaIds;
import org.waymark.api.qa.ReviewImprovementActionCommand;
import org.waymark.command.web.NotFoundException;

/**
 * A provider improvement plan (seed 002's PIP), one aggregate per plan id rather than per provider:
 * the form plans "for the coming year", so a provider has a succession of plans, each opened after
 * a visit and closed when its actions are done; a per-provider aggregate would grow without end and
 * could not say which plan a closure ends.
 *
 * <p>Actions are added, reviewed and closed while the plan is open; a closed action takes no
 * review; the plan closes only when every action is closed. Repeating what is recorded changes
 * nothing.
 */
@Aggregate
class ImprovementPlan {
  static final String KIND = "improvement plan";
  static final String ACTION_KIND = "improvement action";

  private static final QaFramework FRAMEWORK = QaFramework.standard();

  private String planId;

  /** The event-store key, QaIds.plan(id): unique across aggregate types. */
  @AggregateIdentifier private String streamId;

  private String providerId;
  private String visitId;
  private LocalDate openedOn;
  private boolean closed;
  private final Map<String, Action> actions = new LinkedHashMap<>();

  private record Action(
      ImprovementActionAddedEvent added,
      ImprovementActionReviewedEvent lastReview,
      boolean closed) {}

  ImprovementPlan() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(OpenImprovementPlanCommand command, Clock clock) {
    if (planId != null) {
      if (providerId.equals(command.providerId())
          && Objects.equals(visitId, command.visitId())
          && openedOn.equals(command.openedOn())) {
        return;
      }
      throw new QaConflictException(
          "planId", command.planId(), "an improvement plan with this id is already open");
    }
    notInFuture("openedOn", command.openedOn(), clock);
    apply(
        new ImprovementPlanOpenedEvent(
            command.planId(), command.providerId(), command.visitId(), command.openedOn()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AddImprovementActionCommand command) {
    requireOpened(command.planId());
    if (command.criterion() != null
        && FRAMEWORK
            .criterion(command.criterion())
            .filter(c -> command.theme() == null || c.theme() == command.theme())
            .isEmpty()) {
      throw new QaRejectedException(
          "criterion",
          command.criterion(),
          "must be a criterion of the QA framework in the theme given");
    }
    if (command.theme() != null && FRAMEWORK.theme(command.theme()).isEmpty()) {
      throw new QaRejectedException(
          "theme", command.theme().toString(), "must be a theme of the QA framework, 1 to 9");
    }
    Integer theme =
        command.theme() != null || command.criterion() == null
            ? command.theme()
            : FRAMEWORK.criterion(command.criterion()).orElseThrow().theme();
    ImprovementActionAddedEvent added =
        new ImprovementActionAddedEvent(
            planId,
            providerId,
            command.actionId(),
            theme,
            command.criterion(),
            command.area(),
            command.action(),
            command.byWhen(),
            command.personResponsible());
    Action existing = actions.get(command.actionId());
    if (existing != null) {
      if (existing.added().equals(added)) {
        return;
      }
      throw new QaConflictException(
          "actionId", command.actionId(), "an action with this id is already in the plan");
    }
    requirePlanOpen();
    if (command.byWhen().isBefore(openedOn)) {
      throw new QaRejectedException(
          "byWhen",
          command.byWhen().toString(),
          "must not be before the plan was opened on " + openedOn);
    }
    apply(added);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ReviewImprovementActionCommand command, Clock clock) {
    requireOpened(command.planId());
    Action action = action(command.actionId());
    ImprovementActionReviewedEvent reviewed =
        new ImprovementActionReviewedEvent(
            planId,
            providerId,
            command.actionId(),
            command.reviewedOn(),
            command.progress(),
            command.status());
    if (reviewed.equals(action.lastReview())) {
      return;
    }
    requirePlanOpen();
    requireActionOpen(command.actionId(), action);
    onOrAfterOpening("reviewedOn", command.reviewedOn());
    notInFuture("reviewedOn", command.reviewedOn(), clock);
    apply(reviewed);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CloseImprovementActionCommand command, Clock clock) {
    requireOpened(command.planId());
    Action action = action(command.actionId());
    requirePlanOpen();
    requireActionOpen(command.actionId(), action);
    onOrAfterOpening("closedOn", command.closedOn());
    notInFuture("closedOn", command.closedOn(), clock);
    apply(
        new ImprovementActionClosedEvent(
            planId, providerId, command.actionId(), command.closedOn(), command.outcome()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CloseImprovementPlanCommand command, Clock clock) {
    requireOpened(command.planId());
    if (closed) {
      throw new QaConflictException("planId", planId, "the improvement plan is already closed");
    }
    List<String> open =
        actions.entrySet().stream()
            .filter(e -> !e.getValue().closed())
            .map(Map.Entry::getKey)
            .toList();
    if (!open.isEmpty()) {
      throw new QaConflictException(
          "actions",
          String.join(",", open),
          "close every action before the plan; still open: " + String.join(", ", open));
    }
    onOrAfterOpening("closedOn", command.closedOn());
    notInFuture("closedOn", command.closedOn(), clock);
    apply(new ImprovementPlanClosedEvent(planId, providerId, command.closedOn()));
  }

  private void requireOpened(String id) {
    if (planId == null) {
      throw new NotFoundException(KIND, id);
    }
  }

  private Action action(String actionId) {
    Action action = actions.get(actionId);
    if (action == null) {
      throw new NotFoundException(ACTION_KIND, actionId);
    }
    return action;
  }

  private void requirePlanOpen() {
    if (closed) {
      throw new QaConflictException(
          "planId", planId, "the improvement plan is closed: it takes no further change");
    }
  }

  private static void requireActionOpen(String actionId, Action action) {
    if (action.closed()) {
      throw new QaConflictException(
          "actionId", actionId, "the action is closed: it takes no further review or closure");
    }
  }

  private void onOrAfterOpening(String field, LocalDate date) {
    if (date.isBefore(openedOn)) {
      throw new QaRejectedException(
          field, date.toString(), "must not be before the plan was opened on " + openedOn);
    }
  }

  private static void notInFuture(String field, LocalDate date, Clock clock) {
    if (date.isAfter(LocalDate.now(clock))) {
      throw new QaRejectedException(field, date.toString(), "must not be in the future");
    }
  }

  @EventSourcingHandler
  void on(ImprovementPlanOpenedEvent event) {
    planId = event.planId();
    streamId = QaIds.plan(planId);
    providerId = event.providerId();
    visitId = event.visitId();
    openedOn = event.openedOn();
  }

  @EventSourcingHandler
  void on(ImprovementActionAddedEvent event) {
    actions.put(event.actionId(), new Action(event, null, false));
  }

  @EventSourcingHandler
  void on(ImprovementActionReviewedEvent event) {
    actions.computeIfPresent(event.actionId(), (id, a) -> new Action(a.added(), event, a.closed()));
  }

  @EventSourcingHandler
  void on(ImprovementActionClosedEvent event) {
    actions.computeIfPresent(
        event.actionId(), (id, a) -> new Action(a.added(), a.lastReview(), true));
  }

  @EventSourcingHandler
  void on(ImprovementPlanClosedEvent event) {
    closed = true;
  }
}
