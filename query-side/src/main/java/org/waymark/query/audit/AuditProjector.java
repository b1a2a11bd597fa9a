package org.waymark.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.ReadModels;

/**
 * Projects every event, whatever its type, into the audit read model: one {@link AuditEntry} per
 * event, id and version = its position, so a re-delivered event is refused by Elasticsearch and
 * listed once.
 */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
class AuditProjector {
  private final DocumentStore store;
  private final AuditLinks links;
  private final AuditEntries entries;

  AuditProjector(DocumentStore store, AuditLinks links, ObjectMapper json) {
    this.store = store;
    this.links = links;
    this.entries = new AuditEntries(json);
  }

  @EventHandler
  void on(Object payload, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    Map<String, String> ids = links.resolve(payload, event.position(), AuditEntries.ids(payload));
    AuditEntry entry = entries.entry(payload, event, ids);
    store.insert(ReadModels.AUDIT, Long.toString(event.position()), entry, event.position());
  }
}
