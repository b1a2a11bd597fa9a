package org.waymark.query.config;

import java.time.Clock;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.query.ProcessingGroups;

/**
 * Axon on the query side: every processing group is a tracking processor whose source is the Kafka
 * topic (never the event store), with its token in PostgreSQL and batches sized for bulk writes.
 */
@Configuration(proxyBeanMethods = false)
public class QueryAxonConfig {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The token table exists before any processor claims a token. */
  @Bean
  InitializingBean tokenStoreSchema(TokenStore tokenStore) {
    return () -> {
      if (tokenStore instanceof JdbcTokenStore jdbc) {
        jdbc.createSchema(PostgresTokenTableFactory.INSTANCE);
      }
    };
  }

  @Autowired
  void registerProcessors(
      EventProcessingConfigurer processing,
      ObjectProvider<StreamableKafkaMessageSource<String, byte[]>> kafkaSource,
      QuerySideProperties properties) {
    for (String group : ProcessingGroups.ALL) {
      processing.registerTrackingEventProcessor(
          group,
          c -> kafkaSource.getObject(),
          c ->
              TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                  .andBatchSize(properties.batchSize()));
    }
  }
}
