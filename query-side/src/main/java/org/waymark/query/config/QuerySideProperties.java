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
 */
@ConfigurationProperties("waymark.query")
public record QuerySideProperties(
    @DefaultValue("waymark") String indexPrefix,
    @DefaultValue("waymark-events") String topic,
    @DefaultValue("500") int batchSize,
    @DefaultValue("true") boolean sharedFetch) {}
