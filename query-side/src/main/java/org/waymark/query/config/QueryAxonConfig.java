package org.waymark.query.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.status.ProjectedPosition;
import org.waymark.query.status.ProjectionInterceptor;
import org.waymark.query.status.ProjectionMeters;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadAhead;

/**
 * Axon on the query side: every processing group is a tracking processor whose source is the Kafka
 * topic (never the event store), with its token in PostgreSQL and batches sized for bulk writes.
 */
@Configuration(proxyBeanMethods = false)
public class QueryAxonConfig {

  /**
   * The system clock; {@code waymark.clock.fixed} (an ISO instant) pins it, for tests whose data
   * belong to a given academic year and must answer the same whenever they run.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock(
      @org.springframework.beans.factory.annotation.Value("${waymark.clock.fixed:}") String fixed) {
    return fixed.isBlank()
        ? Clock.systemUTC()
        : Clock.fixed(java.time.Instant.parse(fixed), java.time.ZoneOffset.UTC);
  }

  /** The token table in snake_case; the command side declares the same, whichever runs first. */
  @Bean
  @ConditionalOnMissingBean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("time_stamp")
        .setOwnerColumn("owner")
        .build();
  }

  /**
   * The token table exists before any processor claims a token: Axon's PostgreSQL table factory,
   * run on a connection of our own with auto-commit so the DDL is committed.
   */
  @Bean
  InitializingBean tokenStoreSchema(DataSource dataSource, TokenSchema tokenSchema) {
    return () -> {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (PreparedStatement tokens =
            PostgresTokenTableFactory.INSTANCE.createTable(c, tokenSchema)) {
          tokens.execute();
        }
      }
    };
  }

  /**
   * The Kafka source every processor reads, as the extension's auto-configuration would build it
   * but with a {@link FetchOrderBuffer}: tracking tokens are only right in fetch order.
   */
  @Bean
  StreamableKafkaMessageSource<String, byte[]> streamableKafkaMessageSource(
      @Qualifier("eventSerializer") Serializer serializer,
      ConsumerFactory<String, byte[]> consumerFactory,
      Fetcher<String, byte[], KafkaEventMessage> fetcher,
      KafkaMessageConverter<String, byte[]> converter,
      KafkaProperties kafka) {
    int capacity = kafka.getFetcher().getBufferSize();
    return StreamableKafkaMessageSource.<String, byte[]>builder()
        .topics(List.of(kafka.getDefaultTopic()))
        .serializer(serializer)
        .consumerFactory(consumerFactory)
        .fetcher(fetcher)
        .messageConverter(converter)
        .bufferFactory(() -> new FetchOrderBuffer<>(capacity))
        .build();
  }

  /**
   * What every processor reads: the topic fetched once for all of them, falling back to the source
   * above for a stream the shared window cannot serve; or, with {@code
   * waymark.query.shared-fetch=false}, the source above alone.
   */
  @Bean
  StreamableMessageSource<TrackedEventMessage<?>> projectionSource(
      StreamableKafkaMessageSource<String, byte[]> kafkaSource,
      ConsumerFactory<String, byte[]> consumerFactory,
      KafkaMessageConverter<String, byte[]> converter,
      KafkaProperties kafka,
      QuerySideProperties properties) {
    if (!properties.sharedFetch()) {
      return kafkaSource;
    }
    return new SharedKafkaMessageSource(
        consumerFactory,
        converter,
        kafka.getDefaultTopic(),
        Duration.ofMillis(kafka.getFetcher().getPollTimeout()),
        properties.sharedWindow(),
        kafkaSource);
  }

  @Autowired
  void registerProcessors(
      EventProcessingConfigurer processing,
      @Qualifier("projectionSource")
          ObjectProvider<StreamableMessageSource<TrackedEventMessage<?>>> kafkaSource,
      QuerySideProperties properties,
      ProjectionMeters meters,
      ProjectedPosition projected,
      DocumentStore store,
      ObjectProvider<ReadAhead> readAheads) {
    for (String group : ProcessingGroups.ALL) {
      processing.registerHandlerInterceptor(
          group,
          c ->
              new ProjectionInterceptor(
                  group, meters, projected, store, readAheadsOf(group, readAheads)));
      // A failed write must stop the processor and be retried, never be logged and skipped
      // (Axon's default), or the read model would silently miss the event.
      processing.registerListenerInvocationErrorHandler(
          group, c -> PropagatingErrorHandler.instance());
      processing.registerTrackingEventProcessor(
          group,
          c -> sourceFor(group, kafkaSource.getObject(), c),
          c ->
              TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                  .andBatchSize(properties.batchSize()));
    }
  }

  /**
   * What the processor of {@code group} reads: the shared source passes over the payload types its
   * handlers do not handle ({@link EventHandlerInvoker#canHandleType}, what Axon itself asks before
   * skipping a type), so the processor spends nothing on the events of other read models.
   */
  private static StreamableMessageSource<TrackedEventMessage<?>> sourceFor(
      String group,
      StreamableMessageSource<TrackedEventMessage<?>> source,
      org.axonframework.config.Configuration c) {
    if (!(source instanceof SharedKafkaMessageSource shared)) {
      return source;
    }
    return shared.forReader(
        type ->
            c.eventProcessingConfiguration()
                .eventProcessor(group, TrackingEventProcessor.class)
                .map(p -> p.eventHandlerInvoker().canHandleType(type))
                .orElse(true));
  }

  /**
   * The read-ahead declarations of the projectors of {@code group} (its {@link ProcessingGroup}).
   */
  private static List<ReadAhead> readAheadsOf(String group, ObjectProvider<ReadAhead> all) {
    return all.orderedStream()
        .filter(
            r -> {
              ProcessingGroup declared =
                  AnnotationUtils.findAnnotation(ClassUtils.getUserClass(r), ProcessingGroup.class);
              return declared != null && declared.value().equals(group);
            })
        .toList();
  }
}
