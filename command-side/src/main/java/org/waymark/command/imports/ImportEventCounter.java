package org.waymark.command.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.waymark.api.event.EventMetadata;

/**
 * Counts the events each running import appends, seen as they are published to the event store
 * (their {@code source} metadata names the import), so an import can answer how many it wrote.
 */
@Component
public class ImportEventCounter
    implements MessageDispatchInterceptor<EventMessage<?>>, SmartInitializingSingleton {
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final ObjectProvider<EventStore> eventStore;

  ImportEventCounter(ObjectProvider<EventStore> eventStore) {
    this.eventStore = eventStore;
  }

  /** Registers with the event store once every singleton exists, avoiding a creation cycle. */
  @Override
  public void afterSingletonsInstantiated() {
    eventStore.getObject().registerDispatchInterceptor(this);
  }

  void begin(String source) {
    counts.put(source, new AtomicLong());
  }

  long end(String source) {
    AtomicLong n = counts.remove(source);
    return n == null ? 0 : n.get();
  }

  @Override
  public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
      List<? extends EventMessage<?>> messages) {
    return (index, message) -> {
      Object source = message.getMetaData().get(EventMetadata.SOURCE);
      if (source != null) {
        AtomicLong n = counts.get(source.toString());
        if (n != null) {
          n.incrementAndGet();
        }
      }
      return message;
    };
  }
}
