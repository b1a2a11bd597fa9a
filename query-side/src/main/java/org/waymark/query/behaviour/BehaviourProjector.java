package org.waymark.query.behaviour;

import java.io.IOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.privacy.PersonalData;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.erasure.Erasures;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadModels;

/**
 * Projects behaviour incidents, their follow-ups and rewards into the {@code behaviour} read model
 * (see {@link BehaviourDocument}). Replay-safe through {@link DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.BEHAVIOUR)
class BehaviourProjector {
  private final DocumentStore store;
  private final Erasures erasures;
  private final PersonalData data;

  BehaviourProjector(DocumentStore store, Erasures erasures) {
    this.store = store;
    this.erasures = erasures;
    this.data = erasures.personalData();
  }

  /** Erasure: the learner's incidents and rewards lose their free text; the facts stay. */
  @EventHandler
  void on(LearnerErasedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    erasures.scrub(
        ReadModels.BEHAVIOUR,
        e.learnerId(),
        BehaviourDocument.class,
        event,
        d ->
            BehaviourDocument.INCIDENT.equals(d.kind())
                ? BehaviourDocument.incidentKey(d.id())
                : BehaviourDocument.rewardKey(d.id()),
        d -> d.erased(event));
  }

  @EventHandler
  void on(BehaviourIncidentRecordedEvent sealed, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    String id = sealed.learnerId();
    BehaviourIncidentRecordedEvent e =
        new BehaviourIncidentRecordedEvent(
            sealed.incidentId(),
            id,
            sealed.occurredOn(),
            sealed.category(),
            sealed.role(),
            sealed.severity(),
            sealed.reportedBy(),
            data.openOrNull(id, sealed.description()),
            data.openOrNull(id, sealed.actionTaken()));
    store.update(
        ReadModels.BEHAVIOUR,
        BehaviourDocument.incidentKey(e.incidentId()),
        BehaviourDocument.class,
        event,
        current -> current.isPresent() ? null : BehaviourDocument.incident(e, event));
  }

  @EventHandler
  void on(BehaviourIncidentFollowedUpEvent sealed, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    BehaviourIncidentFollowedUpEvent e =
        new BehaviourIncidentFollowedUpEvent(
            sealed.incidentId(),
            sealed.learnerId(),
            sealed.followedUpOn(),
            sealed.followedUpBy(),
            sealed.homeSchoolInformed(),
            sealed.parentsCarersInformed(),
            data.openOrNull(sealed.learnerId(), sealed.action()));
    store.update(
        ReadModels.BEHAVIOUR,
        BehaviourDocument.incidentKey(e.incidentId()),
        BehaviourDocument.class,
        event,
        current ->
            current
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no incident document for a follow-up at position "
                                + event.position()
                                + "; the incident has not been projected"))
                .followedUp(e, event));
  }

  @EventHandler
  void on(RewardGivenEvent sealed, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    RewardGivenEvent e =
        new RewardGivenEvent(
            sealed.rewardId(),
            sealed.learnerId(),
            sealed.awardedOn(),
            sealed.kind(),
            sealed.points(),
            sealed.awardedBy(),
            sealed.sharedWithHomeSchool(),
            data.openOrNull(sealed.learnerId(), sealed.reason()));
    store.update(
        ReadModels.BEHAVIOUR,
        BehaviourDocument.rewardKey(e.rewardId()),
        BehaviourDocument.class,
        event,
        current -> current.isPresent() ? null : BehaviourDocument.reward(e, event));
  }
}
