package org.waymark.query.published;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the schedule of {@link AggregatePublisher} unless {@code
 * waymark.published.enabled=false} (e.g. on all but one replica, though two publishing the same
 * position write the same figures and the second is refused as already there).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "waymark.published.enabled",
    havingValue = "true",
    matchIfMissing = true)
class PublishingConfig {}
