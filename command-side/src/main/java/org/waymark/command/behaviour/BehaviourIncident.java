package org.waymark.command.behaviour;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.behaviour.BehaviourIds;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.RecordBehaviourIncidentCommand;
import org.waymark.api.behaviour.RecordIncidentFollowUpCommand;
import org.waymark.command.web.NotFoundException;
import org.waymark.privacy.PersonalData;

/**
 * A behaviour incident (bullying included) and its follow-ups. Logged once: a retried identical log
 * records nothing, the same id with other details is a conflict. Nothing is dated in the future,
 * and no follow-up before the incident.
 */
@Aggregate
class BehaviourIncident {

  /** The event-store key ({@code BehaviourIds.incident(id)}); the plain id is what events carry. */
  @AggregateIdentifier private String aggregateId;

  private String incidentId;
  private BehaviourIncidentRecordedEvent recorded;
  private final List<BehaviourIncidentFollowedUpEvent> followUps = new ArrayList<>();

  BehaviourIncident() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordBehaviourIncidentCommand c, Clock clock, PersonalData data) {
    data.checkNotErased(c.learnerId());
    BehaviourIncidentRecordedEvent event =
        new BehaviourIncidentRecordedEvent(
            c.incidentId(),
            c.learnerId(),
            c.occurredOn(),
            c.category(),
            c.role(),
            c.severity(),
            c.reportedBy(),
            c.description(),
            c.actionTaken());
    if (incidentId != null) {
      if (!event.equals(recorded)) {
        throw new BehaviourConflictException(
            "incidentId", c.incidentId(), "an incident is already recorded under this id");
      }
      return;
    }
    if (c.occurredOn().isAfter(LocalDate.now(clock))) {
      throw new BehaviourRejectedException(
          "occurredOn", c.occurredOn(), "must not be in the future");
    }
    apply(text(event, data::seal));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordIncidentFollowUpCommand c, Clock clock, PersonalData data) {
    if (incidentId == null) {
      throw new NotFoundException("incident", c.incidentId());
    }
    data.checkNotErased(recorded.learnerId());
    if (c.followedUpOn().isBefore(recorded.occurredOn())) {
      throw new BehaviourRejectedException(
          "followedUpOn",
          c.followedUpOn(),
          "must not be before the incident on " + recorded.occurredOn());
    }
    if (c.followedUpOn().isAfter(LocalDate.now(clock))) {
      throw new BehaviourRejectedException(
          "followedUpOn", c.followedUpOn(), "must not be in the future");
    }
    BehaviourIncidentFollowedUpEvent event =
        new BehaviourIncidentFollowedUpEvent(
            incidentId,
            recorded.learnerId(),
            c.followedUpOn(),
            c.followedUpBy(),
            c.homeSchoolInformed(),
            c.parentsCarersInformed(),
            c.action());
    if (!followUps.contains(event)) {
      apply(text(event, data::seal));
    }
  }

  @EventSourcingHandler
  void on(BehaviourIncidentRecordedEvent e, PersonalData data) {
    this.aggregateId = BehaviourIds.incident(e.incidentId());
    this.incidentId = e.incidentId();
    this.recorded = text(e, data::openOrNull);
  }

  @EventSourcingHandler
  void on(BehaviourIncidentFollowedUpEvent e, PersonalData data) {
    followUps.add(text(e, data::openOrNull));
  }

  /** {@code e} with its free text passed through {@code f} (seal or open, given the learner). */
  static BehaviourIncidentRecordedEvent text(
      BehaviourIncidentRecordedEvent e, java.util.function.BinaryOperator<String> f) {
    return new BehaviourIncidentRecordedEvent(
        e.incidentId(),
        e.learnerId(),
        e.occurredOn(),
        e.category(),
        e.role(),
        e.severity(),
        e.reportedBy(),
        f.apply(e.learnerId(), e.description()),
        f.apply(e.learnerId(), e.actionTaken()));
  }

  static BehaviourIncidentFollowedUpEvent text(
      BehaviourIncidentFollowedUpEvent e, java.util.function.BinaryOperator<String> f) {
    return new BehaviourIncidentFollowedUpEvent(
        e.incidentId(),
        e.learnerId(),
        e.followedUpOn(),
        e.followedUpBy(),
        e.homeSchoolInformed(),
        e.parentsCarersInformed(),
        f.apply(e.learnerId(), e.action()));
  }
}
