package org.waymark.command.access;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waymark.access.LearnerLocator;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;

/**
 * The providers a learner has belonged to, from the learner's own events in the event store
 * (current provider first): never behind, unlike a read model, so it is consulted first.
 */
@Component
@Order(0)
class EventStoreLearnerLocator implements LearnerLocator {
  private final EventStore events;

  EventStoreLearnerLocator(EventStore events) {
    this.events = events;
  }

  @Override
  public Set<String> providersOf(String learnerId) {
    String current = null;
    Set<String> all = new LinkedHashSet<>();
    DomainEventStream stream = events.readEvents(learnerId);
    while (stream.hasNext()) {
      Object payload = stream.next().getPayload();
      if (payload instanceof LearnerRegisteredEvent e) {
        current = e.providerId();
        all.add(e.providerId());
      } else if (payload instanceof LearnerTransferredEvent e) {
        current = e.toProviderId();
        all.add(e.fromProviderId());
        all.add(e.toProviderId());
      }
    }
    if (current == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    out.add(current);
    out.addAll(all);
    return out;
  }
}
