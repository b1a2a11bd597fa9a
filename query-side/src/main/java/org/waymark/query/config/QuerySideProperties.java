package org.waymark.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Query-side settings.
 *
 * @param indexPrefix prefix of every Elasticsearch index and alias (tests use one per class)
 * @param topic the Kafka topic the events arrive on
 * @param batchSize events per tracking-processor batch (one Elasticsearch bulk request each)
 */
@ConfigurationProperties("waymark.query")
public record QuerySideProperties(
    @DefaultValue("waymark") String indexPrefix,
    @DefaultValue("waymark-events") String topic,
    @DefaultValue("100") int batchSize) {}
