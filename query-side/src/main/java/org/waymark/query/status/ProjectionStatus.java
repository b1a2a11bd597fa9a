package org.waymark.query.status;

import java.util.List;

/**
 * The answer of {@code /api/v1/projections/status} (CONTRACT.md): whether every read model has
 * consumed every published event, how many it still has to, and the event-store position reached.
 */
public record ProjectionStatus(
    boolean caughtUp, long eventsBehind, long position, List<ProcessorStatus> processors) {

  /** One processing group's view: events still to consume and whether it is in error. */
  public record ProcessorStatus(String name, long eventsBehind, boolean running, boolean error) {}
}
