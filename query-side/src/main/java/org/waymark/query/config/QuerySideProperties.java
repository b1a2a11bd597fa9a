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
 *     processor has read them, deserialized), so how far the fastest may run ahead of the slowest;
 *     the window always holds its last this many events. 10,000, the Kafka extension's buffer size,
 *     as before this setting existed. Measured at 25,000 learners: 2,000 cut the collector's CPU
 *     (61 to 38 s: a window of year-long registers, 23 KB each, keeps hundreds of MB live) but not
 *     the whole (0.87 against 0.89 and 0.92 ms of CPU per event), so the default stays.
 */
@ConfigurationProperties("waymark.query")
public record QuerySideProperties(
    @DefaultValue("waymark") String indexPrefix,
    @DefaultValue("waymark-events") String topic,
    @DefaultValue("500") int batchSize,
    @DefaultValue("true") boolean sharedFetch,
    @DefaultValue("10000") int sharedWindow) {}
