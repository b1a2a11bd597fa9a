package org.waymark.query.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.config.Indices;

/**
 * {@code GET /api/v1/projections/status}: read models are eventually consistent; a client that has
 * just written polls this until {@code caughtUp} (and {@code position} at least the position its
 * write returned).
 */
@RestController
class ProjectionStatusController {
  private final ProjectionLag lag;
  private final ProjectedPosition projected;

  private final ElasticsearchClient client;
  private final Indices indices;

  ProjectionStatusController(
      ProjectionLag lag, ProjectedPosition projected, ElasticsearchClient client, Indices indices) {
    this.lag = lag;
    this.projected = projected;
    this.client = client;
    this.indices = indices;
  }

  @GetMapping("/api/v1/projections/status")
  ProjectionStatus status() throws IOException {
    ProjectionLag.Lag current = lag.current();
    if (current.caughtUp()) {
      // Caught up means answerable: make every projected write visible to search first, so a
      // client that polls this and then asks an indicator sees its own writes.
      client
          .indices()
          .refresh(r -> r.index(indices.all()).ignoreUnavailable(true).allowNoIndices(true));
    }
    return new ProjectionStatus(
        current.caughtUp(), current.eventsBehind(), projected.position(), current.processors());
  }
}
