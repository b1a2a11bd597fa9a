package org.waymark.query.learner;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.util.OptionalLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.config.Conflicts;
import org.waymark.query.config.EventFacts;
import org.waymark.query.config.Indices;
import org.waymark.query.status.ProjectedPosition;
import org.waymark.query.status.ProjectionMeters;

/**
 * Projects learner events into the {@code learners} index. Replay-safe: the document id is the
 * learner id and the write is versioned externally by the event's global index, so Elasticsearch
 * itself refuses an event it has already applied (or an older one) and nothing is counted twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.LEARNERS)
class LearnerProjector {
  private static final Logger log = LoggerFactory.getLogger(LearnerProjector.class);

  private final ElasticsearchClient client;
  private final Indices indices;
  private final ProjectedPosition projected;
  private final ProjectionMeters meters;

  LearnerProjector(
      ElasticsearchClient client,
      Indices indices,
      ProjectedPosition projected,
      ProjectionMeters meters) {
    this.client = client;
    this.indices = indices;
    this.projected = projected;
    this.meters = meters;
  }

  @EventHandler
  void on(LearnerRegisteredEvent event, EventMessage<?> message) throws IOException {
    OptionalLong position = EventFacts.position(message);
    LearnerDocument doc =
        LearnerDocument.of(
            event, message.getTimestamp(), EventFacts.recordedBy(message), position.orElse(-1));
    boolean applied = write(event.learnerId(), doc, position);
    meters.event(ProcessingGroups.LEARNERS, applied);
    position.ifPresent(p -> projected.advance(ProcessingGroups.LEARNERS, p));
  }

  /** Returns false when Elasticsearch already held this event's effect. */
  private boolean write(String id, LearnerDocument doc, OptionalLong position) throws IOException {
    String alias = indices.alias(Indices.LEARNERS);
    try {
      if (position.isPresent()) {
        client.index(
            i ->
                i.index(alias)
                    .id(id)
                    .document(doc)
                    .versionType(VersionType.External)
                    .version(position.getAsLong()));
      } else {
        client.index(i -> i.index(alias).id(id).document(doc));
      }
      return true;
    } catch (ElasticsearchException | ResponseException e) {
      if (Conflicts.isVersionConflict(e)) {
        log.debug("Event at position {} already applied to a learner document", position);
        return false;
      }
      throw e;
    }
  }
}
