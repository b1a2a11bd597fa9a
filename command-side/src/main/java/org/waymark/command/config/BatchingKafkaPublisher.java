package org.waymark.command.config;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Publishes every event of the store to the Kafka topic, from the tracking processor {@code
 * __axon-kafka-event-publishing-group} (the name the Kafka extension's publisher used, so its
 * stored token carries on): the events of a processor batch are sent one after another without
 * waiting, and the batch's unit of work waits for every acknowledgement before it commits, the
 * processor's token in the same transaction. A failed or unacknowledged send rolls the batch back
 * and the processor retries it from its token, so no event is ever skipped; one may be published
 * twice, and read models recognise a re-delivered event by its position (ADR 0002). One producer
 * with idempotence keeps the store's order within every partition (the records are keyed by
 * aggregate id).
 *
 * <p>Why not the extension's publisher: in {@code wait_for_ack} mode (axon-kafka 4.9) it waits for
 * each event's acknowledgement before sending the next, one broker round trip per event whatever
 * the batch size: about 340 events/s on the benchmark machine, which made publishing, not the
 * import or the projections, what bounded a large import's time to caught-up.
 */
final class BatchingKafkaPublisher implements EventMessageHandler {
  /** How long a batch waits for the broker's acknowledgements before it is retried. */
  static final long ACK_TIMEOUT_SECONDS = 120;

  private static final String PENDING = BatchingKafkaPublisher.class.getName() + ".pending";

  private final Producer<String, byte[]> producer;
  private final KafkaMessageConverter<String, byte[]> converter;
  private final String topic;

  BatchingKafkaPublisher(
      Producer<String, byte[]> producer,
      KafkaMessageConverter<String, byte[]> converter,
      String topic) {
    this.producer = producer;
    this.converter = converter;
    this.topic = topic;
  }

  @Override
  public Object handle(EventMessage<?> event) {
    Future<RecordMetadata> sent = producer.send(converter.createKafkaMessage(event, topic));
    if (!CurrentUnitOfWork.isStarted()) {
      await(List.of(sent));
      return null;
    }
    UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
    List<Future<RecordMetadata>> pending =
        batch.getOrComputeResource(
            PENDING,
            key -> {
              List<Future<RecordMetadata>> sends = new ArrayList<>();
              batch.onPrepareCommit(u -> await(sends));
              return sends;
            });
    pending.add(sent);
    return null;
  }

  /** Every send of the batch acknowledged, or an exception that rolls the batch back. */
  private void await(List<Future<RecordMetadata>> sends) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ACK_TIMEOUT_SECONDS);
    for (Future<RecordMetadata> f : sends) {
      try {
        f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KafkaPublishingException("interrupted while waiting for Kafka", e);
      } catch (ExecutionException e) {
        throw new KafkaPublishingException(
            "Kafka did not accept an event for topic " + topic + "; the batch will be retried",
            e.getCause());
      } catch (TimeoutException e) {
        throw new KafkaPublishingException(
            "Kafka did not acknowledge a batch for topic "
                + topic
                + " within "
                + ACK_TIMEOUT_SECONDS
                + " s; the batch will be retried",
            e);
      }
    }
  }

  @Override
  public boolean supportsReset() {
    // Replaying the store into the topic would publish every event again: never on a reset.
    return false;
  }

  /** Publishing failed; the processor retries the batch from its token. */
  static final class KafkaPublishingException extends RuntimeException {
    KafkaPublishingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
