package org.waymark.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.AsyncFetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.DefaultConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.WithEmbeddedServices;

/**
 * The shared fetch on a real broker and a topic of three partitions: streams opened together share
 * one consumer and each sees every record once, in offset order per partition, with tokens of its
 * own; a stream whose token the window no longer covers gets a private consumer and still sees
 * everything; a stream opened at another's token sees only what came after it.
 */
@WithEmbeddedServices
class SharedKafkaMessageSourceIT {
  static final int PARTITIONS = 3;
  static final int WINDOW = 8;

  private final EmbeddedServices services = EmbeddedServicesExtension.services();
  private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
  private final DefaultKafkaMessageConverter converter =
      DefaultKafkaMessageConverter.builder().serializer(serializer).build();
  private String topic;
  private KafkaProducer<String, byte[]> producer;
  private AsyncFetcher<String, byte[], KafkaEventMessage> fetcher;
  private SharedKafkaMessageSource source;
  private final List<BlockingStream<?>> opened = new ArrayList<>();
  private int published;

  @BeforeEach
  void setUp(TestInfo test) {
    // A topic of three partitions per test (the namespace's own has one).
    topic =
        EmbeddedServicesExtension.namespaceFor(getClass()).name()
            + "-"
            + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT);
    services.createTopics(PARTITIONS, topic);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());

    Map<String, Object> consumer = new HashMap<>();
    consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers());
    consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    DefaultConsumerFactory<String, byte[]> consumers = new DefaultConsumerFactory<>(consumer);
    fetcher = AsyncFetcher.<String, byte[], KafkaEventMessage>builder().pollTimeout(100).build();
    StreamableKafkaMessageSource<String, byte[]> privateStreams =
        StreamableKafkaMessageSource.<String, byte[]>builder()
            .topics(List.of(topic))
            .serializer(serializer)
            .consumerFactory(consumers)
            .fetcher(fetcher)
            .messageConverter(converter)
            .bufferFactory(() -> new FetchOrderBuffer<>(100))
            .build();
    source =
        new SharedKafkaMessageSource(
            consumers, converter, topic, Duration.ofMillis(100), WINDOW, privateStreams);
  }

  @AfterEach
  void tearDown() {
    opened.forEach(BlockingStream::close);
    source.close();
    fetcher.shutdown();
    producer.close();
  }

  @Test
  void streamsShareOneFetchAndKeepTokensOfTheirOwn() throws Exception {
    publish(30);
    BlockingStream<TrackedEventMessage<?>> a = open(null);
    BlockingStream<TrackedEventMessage<?>> b = open(null);
    assertThat(source.sharedStreamsOpened()).isEqualTo(2);

    // The window holds 8: a can run at most 8 ahead of b, so they read in turn.
    List<TrackedEventMessage<?>> fromA = new ArrayList<>();
    List<TrackedEventMessage<?>> fromB = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      fromA.add(next(a));
      fromB.add(next(b));
    }
    assertEveryEventOnceInPartitionOrder(fromA, 30);
    assertEveryEventOnceInPartitionOrder(fromB, 30);
    KafkaTrackingToken end = token(fromA.get(29));
    assertThat(token(fromB.get(29))).isEqualTo(end);
    assertThat(end.getPositions().values().stream().mapToLong(o -> o + 1).sum())
        .as("the last token covers all 30 records")
        .isEqualTo(30);

    // From the start again: the window dropped the first 22 records, so a private consumer.
    BlockingStream<TrackedEventMessage<?>> c = open(null);
    assertThat(source.privateStreamsOpened()).isEqualTo(1);
    List<TrackedEventMessage<?>> fromC = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      fromC.add(next(c));
    }
    assertEveryEventOnceInPartitionOrder(fromC, 30);
    assertThat(token(fromC.get(29))).isEqualTo(end);

    // At a's token: shared, and only what is published after.
    BlockingStream<TrackedEventMessage<?>> d = open(end);
    assertThat(source.sharedStreamsOpened()).isEqualTo(3);
    publish(5);
    for (BlockingStream<TrackedEventMessage<?>> s : List.of(a, b, d)) {
      List<Object> payloads = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        payloads.add(next(s).getPayload());
      }
      assertThat(payloads).containsExactlyInAnyOrder("e-30", "e-31", "e-32", "e-33", "e-34");
      assertThat(s.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
    }
  }

  @Test
  void afterEveryStreamClosesTheNextStartsAFetchAtItsOwnToken() throws Exception {
    publish(12);
    BlockingStream<TrackedEventMessage<?>> first = open(null);
    List<TrackedEventMessage<?>> read = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      read.add(next(first));
    }
    KafkaTrackingToken atFive = token(read.get(4));
    first.close();

    // Behind the old window, but nobody reads it any more: a new shared fetch from that token.
    BlockingStream<TrackedEventMessage<?>> again = open(atFive);
    assertThat(source.sharedStreamsOpened()).isEqualTo(2);
    assertThat(source.privateStreamsOpened()).isZero();
    List<Object> rest = new ArrayList<>();
    for (int i = 5; i < 12; i++) {
      rest.add(next(again).getPayload());
    }
    assertThat(rest)
        .containsExactlyInAnyOrderElementsOf(
            read.subList(5, 12).stream().map(TrackedEventMessage::getPayload).toList());
    assertThat(again.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
  }

  @Test
  void aReaderPassesOverTypesItDoesNotHandleYetItsLastTokenCoversThem() throws Exception {
    // 20 records: every third payload a number instead of text, and the last two numbers.
    List<String> texts = new ArrayList<>();
    for (int e = 0; e < 20; e++) {
      if (e % 3 == 2 || e >= 18) {
        publishPayload(e);
      } else {
        publishPayload("e-" + e);
        texts.add("e-" + e);
      }
    }
    BlockingStream<TrackedEventMessage<?>> s =
        source.forReader(type -> type == String.class).openStream(null);
    opened.add(s);
    List<TrackedEventMessage<?>> read = new ArrayList<>();
    while (s.hasNextAvailable(2, TimeUnit.SECONDS)) {
      read.add(s.nextAvailable());
    }

    List<Object> payloads = read.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    assertThat(payloads.stream().filter(String.class::isInstance).toList())
        .containsExactlyInAnyOrderElementsOf(texts);
    // A number is handed out only when nothing follows it yet (so the token can cover it): never
    // all eight. The last message's token covers all 20 records.
    assertThat(payloads.stream().filter(Integer.class::isInstance).count()).isLessThan(8);
    assertThat(covered(read.get(read.size() - 1))).isEqualTo(20);

    // Nothing follows a new number: it is handed out, and its token covers it.
    publishPayload(20);
    TrackedEventMessage<?> last = next(s);
    assertThat(last.getPayload()).isEqualTo(20);
    assertThat(covered(last)).isEqualTo(21);
  }

  /** How many records of the topic a message's token covers. */
  private static long covered(TrackedEventMessage<?> m) {
    return token(m).getPositions().values().stream().mapToLong(o -> o + 1).sum();
  }

  private BlockingStream<TrackedEventMessage<?>> open(KafkaTrackingToken token) {
    BlockingStream<TrackedEventMessage<?>> s = source.openStream(token);
    opened.add(s);
    return s;
  }

  private static TrackedEventMessage<?> next(BlockingStream<TrackedEventMessage<?>> s)
      throws InterruptedException {
    assertThat(s.hasNextAvailable(30, TimeUnit.SECONDS)).as("a record within 30 s").isTrue();
    return s.nextAvailable();
  }

  private static KafkaTrackingToken token(TrackedEventMessage<?> m) {
    return (KafkaTrackingToken) m.trackingToken();
  }

  private void publish(int n) throws Exception {
    for (int i = 0; i < n; i++) {
      publishPayload("e-" + published);
    }
  }

  private void publishPayload(Object payload) throws Exception {
    int e = published++;
    var message = new GenericDomainEventMessage<>("Test", "A-" + (e % 7), e, payload);
    producer.send(converter.createKafkaMessage(message, topic)).get();
  }

  /**
   * Every payload e-0..e-(n-1) once, and within each partition ascending offsets: each record's
   * token has its own partition at its offset, and never moves a partition back.
   */
  private void assertEveryEventOnceInPartitionOrder(List<TrackedEventMessage<?>> read, int n) {
    List<Object> payloads = read.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add("e-" + i);
    }
    assertThat(payloads).containsExactlyInAnyOrderElementsOf(expected);
    Map<TopicPartition, Long> last = new HashMap<>();
    for (TrackedEventMessage<?> m : read) {
      for (Map.Entry<TopicPartition, Long> p : token(m).getPositions().entrySet()) {
        Long before = last.put(p.getKey(), p.getValue());
        assertThat(before == null || before <= p.getValue())
            .as("partition %s went back from %s to %s", p.getKey(), before, p.getValue())
            .isTrue();
      }
    }
    assertThat(last).hasSize(PARTITIONS);
  }
}
