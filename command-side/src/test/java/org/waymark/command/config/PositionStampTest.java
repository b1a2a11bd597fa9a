package org.waymark.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.EventMetadata;

/** The publisher's converter stamps each event with its store position, read back as metadata. */
class PositionStampTest {
  private final KafkaMessageConverter<String, byte[]> converter =
      new CommandAxonConfig().kafkaMessageConverter(JacksonSerializer.defaultSerializer());

  private static GenericTrackedDomainEventMessage<String> stored(long position, MetaData meta) {
    return new GenericTrackedDomainEventMessage<>(
        new GlobalSequenceTrackingToken(position),
        new GenericDomainEventMessage<>("Learner", "L-1", 0, "registered", meta));
  }

  private EventMessage<?> roundTrip(EventMessage<?> message) {
    ProducerRecord<String, byte[]> sent = converter.createKafkaMessage(message, "events");
    ConsumerRecord<String, byte[]> received =
        new ConsumerRecord<>(
            "events",
            0,
            0L,
            0L,
            TimestampType.CREATE_TIME,
            0,
            0,
            sent.key(),
            sent.value(),
            sent.headers(),
            java.util.Optional.empty());
    return converter.readKafkaMessage(received).orElseThrow();
  }

  private static String text(EventMessage<?> m, String key) {
    Object v = m.getMetaData().get(key);
    return v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(v);
  }

  @Test
  void thePositionArrivesAsMetadataBesideWhatTheEventCarried() {
    EventMessage<?> read =
        roundTrip(stored(42, MetaData.from(Map.of(EventMetadata.RECORDED_BY, "teacher-1"))));

    assertThat(text(read, EventMetadata.POSITION)).isEqualTo("42");
    assertThat(text(read, EventMetadata.RECORDED_BY)).isEqualTo("teacher-1");
    assertThat(read.getPayload()).isEqualTo("registered");
  }

  @Test
  void aPositionTheMetadataAlreadyNamedIsReplacedNotRepeated() {
    ProducerRecord<String, byte[]> sent =
        converter.createKafkaMessage(
            stored(42, MetaData.with(EventMetadata.POSITION, "7")), "events");

    Iterable<Header> headers = sent.headers().headers(CommandAxonConfig.POSITION_HEADER);
    assertThat(headers).hasSize(1);
    assertThat(
            text(
                roundTrip(stored(42, MetaData.with(EventMetadata.POSITION, "7"))),
                EventMetadata.POSITION))
        .isEqualTo("42");
  }

  @Test
  void anEventWithoutAStorePositionIsSentAsItIs() {
    ProducerRecord<String, byte[]> sent =
        converter.createKafkaMessage(
            new GenericDomainEventMessage<>("Learner", "L-1", 0, "registered"), "events");

    assertThat(sent.headers().headers(CommandAxonConfig.POSITION_HEADER)).isEmpty();
  }
}
