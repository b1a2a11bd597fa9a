package org.waymark.command.config;

import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.api.event.EventMetadata;

/**
 * Axon on the command side: the JDBC event store on PostgreSQL (schema created at start-up, before
 * any processor runs), the tracking-mode Kafka publisher reading from the store, Jackson everywhere
 * (set in application.yml), and the metadata every event carries.
 */
@Configuration(proxyBeanMethods = false)
public class CommandAxonConfig {
  private static final Logger log = LoggerFactory.getLogger(CommandAxonConfig.class);

  /** Events publish to Kafka in batches: batch size 1 caps at about 1,000 events/s. */
  static final int PUBLISHER_BATCH_SIZE = 100;

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider();
  }

  /** Copies who recorded, the source and the effective date from a command onto its events. */
  @Bean
  CorrelationDataProvider recordingMetadataProvider() {
    return new SimpleCorrelationDataProvider(
        EventMetadata.RECORDED_BY, EventMetadata.SOURCE, EventMetadata.EFFECTIVE_DATE);
  }

  /**
   * Creates the event store, token store tables if missing. Axon's JDBC engine does not; this runs
   * while singletons initialise, before processors start with the context's lifecycle.
   */
  @Bean
  InitializingBean eventStoreSchema(EventStorageEngine engine, TokenStore tokenStore) {
    return () -> {
      if (engine instanceof JdbcEventStorageEngine jdbc) {
        jdbc.createSchema(PostgresEventTableFactory.INSTANCE);
      }
      if (tokenStore instanceof JdbcTokenStore jdbcTokens) {
        jdbcTokens.createSchema(PostgresTokenTableFactory.INSTANCE);
      }
      log.info("Event store and token store schema ready");
    };
  }

  @Autowired
  void configurePublisher(org.axonframework.config.EventProcessingConfigurer processing) {
    processing.registerTrackingEventProcessorConfiguration(
        KafkaEventPublisher.DEFAULT_PROCESSING_GROUP,
        c ->
            TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(PUBLISHER_BATCH_SIZE));
  }

  /**
   * The default converter, with each published event stamped with its global index in the store
   * ({@link EventMetadata#POSITION}). Reading is the default converter's.
   */
  @Bean
  KafkaMessageConverter<String, byte[]> kafkaMessageConverter(
      @Qualifier("eventSerializer") Serializer eventSerializer) {
    DefaultKafkaMessageConverter delegate =
        DefaultKafkaMessageConverter.builder().serializer(eventSerializer).build();
    return new KafkaMessageConverter<>() {
      @Override
      public ProducerRecord<String, byte[]> createKafkaMessage(
          EventMessage<?> eventMessage, String topic) {
        return delegate.createKafkaMessage(stamped(eventMessage), topic);
      }

      @Override
      public java.util.Optional<EventMessage<?>> readKafkaMessage(
          ConsumerRecord<String, byte[]> consumerRecord) {
        return delegate.readKafkaMessage(consumerRecord);
      }
    };
  }

  static EventMessage<?> stamped(EventMessage<?> message) {
    if (message instanceof TrackedEventMessage<?> tracked
        && tracked.trackingToken() != null
        && tracked.trackingToken().position().isPresent()) {
      return message.andMetaData(
          java.util.Map.of(
              EventMetadata.POSITION,
              Long.toString(tracked.trackingToken().position().getAsLong())));
    }
    return message;
  }
}
