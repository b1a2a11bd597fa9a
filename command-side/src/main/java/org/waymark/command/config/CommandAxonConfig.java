package org.waymark.command.config;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.HeaderUtils;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.api.event.EventMetadata;

/**
 * Axon on the command side: the JDBC event store on PostgreSQL (schema created at start-up, before
 * any processor runs), the batching Kafka publisher reading from the store, Jackson everywhere (set
 * in application.yml), and the metadata every event carries.
 */
@Configuration(proxyBeanMethods = false)
public class CommandAxonConfig {
  private static final Logger log = LoggerFactory.getLogger(CommandAxonConfig.class);

  /** Events published to Kafka per batch, whose acknowledgements are awaited together. */
  static final int PUBLISHER_BATCH_SIZE = 500;

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

  /**
   * Table and column names in PostgreSQL's snake_case (Axon's JDBC defaults are camel case, which
   * PostgreSQL folds to one lower-case word), matching what operators and plain SQL expect.
   */
  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  /**
   * Global-index values allocated inside a long transaction (a large import) commit late, and the
   * tracking processors publishing to Kafka see them as gaps meanwhile. Axon forgets a gap after
   * {@value #GAP_TIMEOUT_MS} ms or once it trails the head by more than {@value #MAX_GAP_OFFSET}
   * events; its defaults (60 s, 10,000) would let a year's register import that commits late be
   * skipped by the publisher. See docs/adr/0003.
   */
  static final int GAP_TIMEOUT_MS = 15 * 60 * 1000;

  static final int MAX_GAP_OFFSET = 1_000_000;

  /**
   * Axon's auto-configured JDBC engine, with gap limits sized for long import transactions and its
   * search past a wide hole paced to once per {@code waymark.event-store.gap-check-interval-ms}
   * (default 2 s; {@link PacedGapCheckStorageEngine}).
   */
  @Bean
  EventStorageEngine eventStorageEngine(
      @Value("${waymark.event-store.gap-check-interval-ms:2000}") long gapCheckIntervalMs,
      Serializer serializer,
      PersistenceExceptionResolver persistenceExceptionResolver,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema) {
    JdbcEventStorageEngine.Builder builder =
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(serializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(persistenceExceptionResolver)
            .eventSerializer(eventSerializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .transactionManager(transactionManager)
            .schema(eventSchema)
            .gapTimeout(GAP_TIMEOUT_MS)
            .maxGapOffset(MAX_GAP_OFFSET);
    return new PacedGapCheckStorageEngine(
        builder,
        java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(gapCheckIntervalMs),
        System::nanoTime);
  }

  /**
   * Every aggregate's command target (Axon's aggregate configuration asks for this component):
   * Axon's annotation rules, with the annotated members found once per command class.
   */
  @Bean
  CommandTargetResolver commandTargetResolver() {
    return new MemberCachingTargetResolver();
  }

  /** The token table in snake_case; the query side declares the same, whichever runs first. */
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
   * Creates the event-store and token-store tables if missing (Axon's JDBC engine does not), using
   * Axon's own PostgreSQL table factories on a connection of our own with auto-commit, so the DDL
   * is committed whatever transaction handling the pool applies. Runs while singletons initialise,
   * before processors start with the context's lifecycle.
   */
  @Bean
  InitializingBean eventStoreSchema(
      DataSource dataSource, EventSchema eventSchema, TokenSchema tokenSchema) {
    return () -> {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (PreparedStatement events =
                PostgresEventTableFactory.INSTANCE.createDomainEventTable(c, eventSchema);
            PreparedStatement snapshots =
                PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(c, eventSchema);
            PreparedStatement tokens =
                PostgresTokenTableFactory.INSTANCE.createTable(c, tokenSchema)) {
          events.execute();
          snapshots.execute();
          tokens.execute();
        }
      }
      log.info("Event store and token store schema ready");
    };
  }

  /**
   * The processor that publishes the store to Kafka: the Kafka extension's name, tokens and all.
   */
  static final String PUBLISHER_GROUP = KafkaEventPublisher.DEFAULT_PROCESSING_GROUP;

  /**
   * Every stored event to the Kafka topic through a {@link BatchingKafkaPublisher} (the Kafka
   * extension's own publisher is switched off in application.yml), in batches of {@value
   * #PUBLISHER_BATCH_SIZE} whose acknowledgements are awaited together.
   */
  @Autowired
  void configurePublisher(
      org.axonframework.config.EventProcessingConfigurer processing,
      ObjectProvider<KafkaMessageConverter<String, byte[]>> converter,
      @Value("${axon.kafka.bootstrap-servers}") String bootstrapServers,
      @Value("${axon.kafka.client-id:waymark}") String clientId,
      @Value("${axon.kafka.default-topic}") String topic) {
    processing.registerEventHandler(
        c ->
            new BatchingKafkaPublisher(
                producer(bootstrapServers, clientId, c), converter.getObject(), topic));
    processing.assignHandlerInstancesMatching(
        PUBLISHER_GROUP, Integer.MIN_VALUE, h -> h instanceof BatchingKafkaPublisher);
    processing.registerTrackingEventProcessor(
        PUBLISHER_GROUP,
        org.axonframework.config.Configuration::eventStore,
        c ->
            TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(PUBLISHER_BATCH_SIZE));
  }

  /**
   * One idempotent producer (every replica acknowledges, retried sends keep their order), closed
   * when Axon shuts down, after the processors stop.
   */
  private static Producer<String, byte[]> producer(
      String bootstrapServers,
      String clientId,
      org.axonframework.config.Configuration configuration) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-publisher");
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
    configuration.onShutdown(
        org.axonframework.lifecycle.Phase.OUTBOUND_EVENT_CONNECTORS,
        () -> producer.close(java.time.Duration.ofSeconds(10)));
    return producer;
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
        return stamped(eventMessage, delegate.createKafkaMessage(eventMessage, topic));
      }

      @Override
      public java.util.Optional<EventMessage<?>> readKafkaMessage(
          ConsumerRecord<String, byte[]> consumerRecord) {
        return delegate.readKafkaMessage(consumerRecord);
      }
    };
  }

  /** The metadata header the position travels in, as the extension names metadata headers. */
  static final String POSITION_HEADER = HeaderUtils.generateMetadataKey(EventMetadata.POSITION);

  /**
   * {@code record} with the position of {@code message} as a metadata header, written as the
   * extension writes a text metadata value (UTF-8), so readers see it as metadata. Added to the
   * record rather than to the message's metadata: merging metadata made a new map and two new
   * messages per event, about a sixth of the publisher's time.
   */
  static ProducerRecord<String, byte[]> stamped(
      EventMessage<?> message, ProducerRecord<String, byte[]> record) {
    if (message instanceof TrackedEventMessage<?> tracked
        && tracked.trackingToken() != null
        && tracked.trackingToken().position().isPresent()) {
      record.headers().remove(POSITION_HEADER);
      record
          .headers()
          .add(
              POSITION_HEADER,
              Long.toString(tracked.trackingToken().position().getAsLong())
                  .getBytes(StandardCharsets.UTF_8));
    }
    return record;
  }
}
