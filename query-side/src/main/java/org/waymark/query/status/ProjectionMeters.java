package org.waymark.query.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Projection meters, tagged only by processing group and outcome (never by learner or any personal
 * attribute): {@value #EVENTS} counts events delivered to a projector, {@code outcome=applied} when
 * they changed a read model and {@code duplicate} when it already held them.
 */
@Component
public class ProjectionMeters {
  public static final String EVENTS = "waymark.projection.events";

  private final MeterRegistry registry;

  ProjectionMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  public void event(String group, boolean applied) {
    Counter.builder(EVENTS)
        .description("Events delivered to a query-side projector")
        .tag("group", group)
        .tag("outcome", applied ? "applied" : "duplicate")
        .register(registry)
        .increment();
  }

  public double count(String group, String outcome) {
    Counter c = registry.find(EVENTS).tag("group", group).tag("outcome", outcome).counter();
    return c == null ? 0 : c.count();
  }
}
