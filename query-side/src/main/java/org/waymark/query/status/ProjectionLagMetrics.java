package org.waymark.query.status;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.waymark.query.ProcessingGroups;

/**
 * {@value #LAG}: events on the topic that a processing group has not yet consumed, one gauge per
 * group (tag {@code group} only). The lag is asked of Kafka at most once a second however many
 * gauges a scrape reads.
 */
@Component
class ProjectionLagMetrics implements MeterBinder {
  static final String LAG = "waymark.projection.lag";
  private static final Duration FRESH = Duration.ofSeconds(1);

  private final ProjectionLag lag;
  private final Clock clock;
  private volatile ProjectionLag.Lag last;
  private volatile Instant lastAt = Instant.EPOCH;

  ProjectionLagMetrics(ProjectionLag lag, Clock clock) {
    this.lag = lag;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String group : ProcessingGroups.ALL) {
      Gauge.builder(LAG, () -> behind(group))
          .description("Events a query-side processing group has still to project")
          .tag("group", group)
          .baseUnit("events")
          .register(registry);
    }
  }

  private double behind(String group) {
    ProjectionLag.Lag current = snapshot();
    if (current == null) {
      return Double.NaN;
    }
    return current.processors().stream()
        .filter(p -> p.name().equals(group))
        .mapToDouble(ProjectionStatus.ProcessorStatus::eventsBehind)
        .findFirst()
        .orElse(Double.NaN);
  }

  private synchronized ProjectionLag.Lag snapshot() {
    Instant now = clock.instant();
    if (last == null || Duration.between(lastAt, now).compareTo(FRESH) > 0) {
      try {
        last = lag.current();
      } catch (RuntimeException e) {
        last = null;
      }
      lastAt = now;
    }
    return last;
  }
}
