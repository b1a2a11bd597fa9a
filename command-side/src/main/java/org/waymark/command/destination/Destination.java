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
import org.waymark.privacy.PersonalData;

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
  void handle(RecordMovingOnPlanCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
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
    apply(text(plan, data::seal));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordDestinationCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
    Known now = new Known(c.destination(), c.detail());
    Known before = destinations.get(c.knownOn());
    if (before == null) {
      apply(
          new DestinationRecordedEvent(
              c.learnerId(), c.knownOn(), c.destination(), data.seal(c.learnerId(), c.detail())));
    } else if (!before.equals(now)) {
      String[] detail = sealedDetail(before.detail(), now.detail(), c.learnerId(), data);
      apply(
          new DestinationAmendedEvent(
              c.learnerId(),
              c.knownOn(),
              before.destination(),
              now.destination(),
              detail[0],
              detail[1],
              data.seal(c.learnerId(), c.reason())));
    }
  }

  @EventSourcingHandler
  void on(MovingOnPlanRecordedEvent event, PersonalData data) {
    destinationId = DestinationId.of(event.learnerId());
    movingOnPlan = text(event, data::openOrNull);
  }

  @EventSourcingHandler
  void on(DestinationRecordedEvent event, PersonalData data) {
    destinationId = DestinationId.of(event.learnerId());
    destinations.put(
        event.knownOn(),
        new Known(event.destination(), data.openOrNull(event.learnerId(), event.detail())));
  }

  @EventSourcingHandler
  void on(DestinationAmendedEvent event, PersonalData data) {
    destinations.put(
        event.knownOn(),
        new Known(event.newDestination(), data.openOrNull(event.learnerId(), event.newDetail())));
  }

  /** The old and new detail sealed; one sealed value for both when unchanged. */
  private static String[] sealedDetail(
      String before, String now, String learnerId, PersonalData data) {
    String sealedNow = data.seal(learnerId, now);
    String sealedBefore =
        java.util.Objects.equals(before, now) ? sealedNow : data.seal(learnerId, before);
    return new String[] {sealedBefore, sealedNow};
  }

  /** {@code e} with its free text passed through {@code f} (seal or open, given the learner). */
  static MovingOnPlanRecordedEvent text(
      MovingOnPlanRecordedEvent e, java.util.function.BinaryOperator<String> f) {
    return new MovingOnPlanRecordedEvent(
        e.learnerId(),
        e.agreedOn(),
        e.intendedDestination(),
        f.apply(e.learnerId(), e.intendedDetail()),
        f.apply(e.learnerId(), e.transitionSupport()));
  }
}
