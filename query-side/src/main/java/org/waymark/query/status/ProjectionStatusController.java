package org.waymark.query.status;

import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/projections/status}: read models are eventually consistent; a client that has
 * just written polls this until {@code caughtUp} (and {@code position} at least the position its
 * write returned).
 */
@RestController
class ProjectionStatusController {
  private final ProjectionLag lag;
  private final ProjectedPosition projected;

  ProjectionStatusController(ProjectionLag lag, ProjectedPosition projected) {
    this.lag = lag;
    this.projected = projected;
  }

  @GetMapping("/api/v1/projections/status")
  ProjectionStatus status() throws IOException {
    ProjectionLag.Lag current = lag.current();
    return new ProjectionStatus(
        current.caughtUp(), current.eventsBehind(), projected.position(), current.processors());
  }
}
