package org.waymark.query.behaviour;

import java.io.IOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.query.ProcessingGroups;
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

  BehaviourProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(BehaviourIncidentRecordedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.BEHAVIOUR,
        BehaviourDocument.incidentKey(e.incidentId()),
        BehaviourDocument.class,
        event,
        current -> current.isPresent() ? null : BehaviourDocument.incident(e, event));
  }

  @EventHandler
  void on(BehaviourIncidentFollowedUpEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
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
  void on(RewardGivenEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    store.update(
        ReadModels.BEHAVIOUR,
        BehaviourDocument.rewardKey(e.rewardId()),
        BehaviourDocument.class,
        event,
        current -> current.isPresent() ? null : BehaviourDocument.reward(e, event));
  }
}
