package org.waymark.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Query-side settings.
 *
 * @param indexPrefix prefix of every Elasticsearch index and alias (tests use one per class)
 * @param topic the Kafka topic the events arrive on
 * @param batchSize events per tracking-processor batch (one Elasticsearch bulk request each)
 * @param sharedFetch whether the processors share one Kafka consumer ({@link
 *     SharedKafkaMessageSource}); false gives each its own, as the Kafka extension does
 * @param sharedWindow events the shared fetch holds for the processors (converted, and once a
 *     processor has read it, deserialized), so how far the fastest may run ahead of the slowest.
 *     Not more than that: at 10,000 (the Kafka extension's buffer size, used before) a window of
 *     year-long registers, 23 KB each, kept about 1 GB of the heap live through an import and the
 *     collector's CPU went up by a third (measured at 25,000 learners: 2,000 took the collector
 *     from 78 to 42 CPU seconds).
 */
@ConfigurationProperties("waymark.query")
public record QuerySideProperties(
    @DefaultValue("waymark") String indexPrefix,
    @DefaultValue("waymark-events") String topic,
    @DefaultValue("500") int batchSize,
    @DefaultValue("true") boolean sharedFetch,
    @DefaultValue("2000") int sharedWindow) {}
