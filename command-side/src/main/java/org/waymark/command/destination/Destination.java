package org.waymark.command.destination;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.destination.DestinationAmendedEvent;
import org.waymark.api.destination.DestinationId;
import org.waymark.api.destination.DestinationRecordedEvent;
import org.waymark.api.destination.DestinationType;
import org.waymark.api.destination.MovingOnPlanRecordedEvent;
import org.waymark.api.destination.RecordDestinationCommand;
import org.waymark.api.destination.RecordMovingOnPlanCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;

/**
 * Where a learner is moving on to and where they went: the moving-on plan (the latest one stands)
 * and destinations by date (on leaving and at any follow-up). A destination may be recorded without
 * a moving-on plan: learners also leave unplanned, and their destination still counts.
 */
@Aggregate
class Destination {
  @AggregateIdentifier private String destinationId;
  private MovingOnPlanRecordedEvent movingOnPlan;
  private final Map<LocalDate, Known> destinations = new HashMap<>();

  private record Known(DestinationType destination, String detail) {}

  Destination() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordMovingOnPlanCommand c) {
    MovingOnPlanRecordedEvent plan =
        new MovingOnPlanRecordedEvent(
            c.learnerId(),
            c.agreedOn(),
            c.intendedDestination(),
            c.intendedDetail(),
            c.transitionSupport());
    if (plan.equals(movingOnPlan)) {
      return;
    }
    if (movingOnPlan != null && c.agreedOn().isBefore(movingOnPlan.agreedOn())) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem(
                  "agreedOn",
                  c.agreedOn().toString(),
                  "must not be before the moving-on plan agreed on " + movingOnPlan.agreedOn())));
    }
    apply(plan);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordDestinationCommand c) {
    Known now = new Known(c.destination(), c.detail());
    Known before = destinations.get(c.knownOn());
    if (before == null) {
      apply(new DestinationRecordedEvent(c.learnerId(), c.knownOn(), c.destination(), c.detail()));
    } else if (!before.equals(now)) {
      apply(
          new DestinationAmendedEvent(
              c.learnerId(),
              c.knownOn(),
              before.destination(),
              now.destination(),
              before.detail(),
              now.detail(),
              c.reason()));
    }
  }

  @EventSourcingHandler
  void on(MovingOnPlanRecordedEvent event) {
    destinationId = DestinationId.of(event.learnerId());
    movingOnPlan = event;
  }

  @EventSourcingHandler
  void on(DestinationRecordedEvent event) {
    destinationId = DestinationId.of(event.learnerId());
    destinations.put(event.knownOn(), new Known(event.destination(), event.detail()));
  }

  @EventSourcingHandler
  void on(DestinationAmendedEvent event) {
    destinations.put(event.knownOn(), new Known(event.newDestination(), event.newDetail()));
  }
}
