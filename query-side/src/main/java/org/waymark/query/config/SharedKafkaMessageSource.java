package org.waymark.query.config;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerSeekUtil;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events topic read once per query-side node and handed to every processor: one Kafka consumer,
 * and each record converted once, instead of one consumer per processor each fetching and
 * converting every record (measured at 2,000 learners: 11 fetcher threads and the broker serving
 * them took about a third of the node's CPU).
 *
 * <p>A stream opened with a token the shared window still covers joins it ({@link FanOutLog}); its
 * tracking tokens are its own, advanced record by record from the token it opened with, and it
 * skips records that token already covers. A stream whose token lies before the window (one read
 * model rebuilt while the others run, a processor far behind) gets a private stream of the
 * extension's source instead, as before: slower, never wrong. When the last shared stream closes
 * (every processor stopped, as in a full rebuild), the consumer closes, and the next stream starts
 * a new one from its own token.
 *
 * <p>Tokens stay right because the window keeps fetch order, which is offset order within each
 * partition (see {@link FetchOrderBuffer}); the slowest shared processor sets the pace within the
 * window, so nothing is dropped before every shared stream has read it.
 *
 * <p>Each processor reads through {@link #forReader}, naming the payload types it handles: its
 * stream passes over the others without making them messages (11 processors each meeting every
 * event, mostly to ignore it, was about 6% of the node's JFR samples at 25,000 learners). The fetch
 * thread appends what one poll returned at once, and streams take up to 256 entries at a time, so
 * the window's lock is taken per batch rather than per record and reader.
 */
public final class SharedKafkaMessageSource
    implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SharedKafkaMessageSource.class);

  private final ConsumerFactory<String, byte[]> consumers;
  private final KafkaMessageConverter<String, byte[]> converter;
  private final String topic;
  private final Duration pollTimeout;
  private final int capacity;
  private final StreamableMessageSource<TrackedEventMessage<?>> privateStreams;
  private final AtomicLong sharedOpened = new AtomicLong();
  private final AtomicLong privateOpened = new AtomicLong();

  /** Guarded by {@code this}. */
  private Fetch fetch;

  /**
   * @param privateStreams the extension's source: streams the shared window cannot serve, and the
   *     head and time-based tokens
   * @param capacity records the shared window holds
   */
  public SharedKafkaMessageSource(
      ConsumerFactory<String, byte[]> consumers,
      KafkaMessageConverter<String, byte[]> converter,
      String topic,
      Duration pollTimeout,
      int capacity,
      StreamableMessageSource<TrackedEventMessage<?>> privateStreams) {
    this.consumers = consumers;
    this.converter = converter;
    this.topic = topic;
    this.pollTimeout = pollTimeout;
    this.capacity = capacity;
    this.privateStreams = privateStreams;
  }

  @Override
  public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
    return open(token, type -> true);
  }

  /**
   * This source as one processor reads it: its shared streams pass over the records of payload
   * types {@code handles} rejects (see {@link SharedStream}), instead of making each a message that
   * the processor then ignores. {@code handles} is asked once per type.
   */
  public StreamableMessageSource<TrackedEventMessage<?>> forReader(Predicate<Class<?>> handles) {
    Map<Class<?>, Boolean> answers = new ConcurrentHashMap<>();
    Predicate<Class<?>> remembered = type -> answers.computeIfAbsent(type, handles::test);
    SharedKafkaMessageSource source = this;
    return new StreamableMessageSource<>() {
      @Override
      public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return source.open(token, remembered);
      }

      @Override
      public TrackingToken createTailToken() {
        return source.createTailToken();
      }

      @Override
      public TrackingToken createHeadToken() {
        return source.createHeadToken();
      }

      @Override
      public TrackingToken createTokenAt(Instant dateTime) {
        return source.createTokenAt(dateTime);
      }

      @Override
      public TrackingToken createTokenSince(Duration duration) {
        return source.createTokenSince(duration);
      }
    };
  }

  private synchronized BlockingStream<TrackedEventMessage<?>> open(
      TrackingToken token, Predicate<Class<?>> handles) {
    KafkaTrackingToken from =
        token == null ? KafkaTrackingToken.emptyToken() : KafkaTrackingToken.from(token);
    if (fetch != null && (fetch.log.readers() == 0 || fetch.failed)) {
      // Nobody reads it (so it may be far from this token), or it failed: its remaining readers
      // get the failure and reopen.
      fetch.stop();
      fetch = null;
    }
    if (fetch == null) {
      fetch = new Fetch(from);
    }
    Optional<FanOutLog<EventMessage<?>>.Reader> reader = fetch.log.join(fetch.need(from));
    if (reader.isEmpty()) {
      privateOpened.incrementAndGet();
      log.debug("A private stream of {} from {}: the shared window has moved on", topic, from);
      return privateStreams.openStream(token);
    }
    sharedOpened.incrementAndGet();
    return new SharedStream(reader.get(), from, fetch, handles);
  }

  /** Streams that joined the shared fetch, since start. */
  public long sharedStreamsOpened() {
    return sharedOpened.get();
  }

  /** Streams that got a consumer of their own, since start. */
  public long privateStreamsOpened() {
    return privateOpened.get();
  }

  @Override
  public TrackingToken createTailToken() {
    return privateStreams.createTailToken();
  }

  @Override
  public TrackingToken createHeadToken() {
    return privateStreams.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return privateStreams.createTokenAt(dateTime);
  }

  @Override
  public TrackingToken createTokenSince(Duration duration) {
    return privateStreams.createTokenSince(duration);
  }

  /** Stops the shared consumer; processors have stopped by then (Axon's shutdown comes first). */
  @Override
  public synchronized void close() {
    if (fetch != null) {
      fetch.stop();
      fetch = null;
    }
  }

  private synchronized void left(Fetch of) {
    if (fetch == of && of.log.readers() == 0) {
      of.stop();
      fetch = null;
    }
  }

  /** One consumer on its own thread, filling the window from a starting token. */
  private final class Fetch implements Runnable {
    private final Consumer<String, byte[]> consumer;
    private final KafkaTrackingToken start;
    private final Map<Integer, Long> beginning = new HashMap<>();
    private final FanOutLog<EventMessage<?>> log;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean failed;

    Fetch(KafkaTrackingToken start) {
      this.start = start;
      this.consumer = consumers.createConsumer(null);
      Map<Integer, Long> positions;
      try {
        positions = assign();
      } catch (RuntimeException e) {
        // The processor retries openStream: without this each retry would leave a consumer open.
        consumer.close(Duration.ofSeconds(5));
        throw e;
      }
      this.log = new FanOutLog<>(capacity, positions);
      this.thread = new Thread(this, "waymark-shared-fetch-" + topic);
      thread.setDaemon(true);
      thread.start();
    }

    /** Assigns the topic's partitions at the start token; the first offset each will read. */
    private Map<Integer, Long> assign() {
      ConsumerSeekUtil.seekToCurrentPositions(consumer, () -> start, List.of(topic));
      Map<Integer, Long> positions = new HashMap<>();
      if (!consumer.assignment().isEmpty()) {
        consumer
            .beginningOffsets(consumer.assignment())
            .forEach((tp, offset) -> beginning.put(tp.partition(), offset));
        for (TopicPartition tp : consumer.assignment()) {
          positions.put(tp.partition(), consumer.position(tp));
        }
      }
      return positions;
    }

    /** Per partition read, the first offset a stream opened at {@code token} has not had. */
    synchronized Map<Integer, Long> need(KafkaTrackingToken token) {
      Map<Integer, Long> need = new HashMap<>();
      beginning.forEach(
          (partition, first) -> {
            Long had = token.getPositions().get(new TopicPartition(topic, partition));
            need.put(partition, had == null ? first : had + 1);
          });
      return need;
    }

    @Override
    public void run() {
      try {
        while (running) {
          if (consumer.assignment().isEmpty()) {
            Map<Integer, Long> positions;
            synchronized (this) {
              positions = assign();
              log.addPartitions(positions);
            }
            if (positions.isEmpty()) {
              Thread.sleep(pollTimeout.toMillis());
              continue;
            }
          }
          ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
          List<FanOutLog.Entry<EventMessage<?>>> entries = new ArrayList<>(records.count());
          for (ConsumerRecord<String, byte[]> r : records) {
            converter
                .readKafkaMessage(r)
                .ifPresent(m -> entries.add(new FanOutLog.Entry<>(r.partition(), r.offset(), m)));
          }
          if (!entries.isEmpty() && !log.appendAll(entries)) {
            return;
          }
        }
      } catch (InterruptedException | InterruptException | WakeupException e) {
        if (running) {
          failed(new IllegalStateException("the shared fetch of " + topic + " was interrupted"));
        }
      } catch (RuntimeException e) {
        if (running) {
          SharedKafkaMessageSource.log.warn("The shared fetch of {} failed", topic, e);
          failed(e);
        }
      } finally {
        try {
          consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
          SharedKafkaMessageSource.log.debug("Closing the shared consumer of {}", topic, e);
        }
      }
    }

    private void failed(RuntimeException e) {
      failed = true;
      log.fail(e);
    }

    void stop() {
      running = false;
      log.close();
      consumer.wakeup();
      try {
        thread.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A processor's view of the shared window, with its own tokens.
   *
   * <p>Records of a payload type the processor handles nowhere ({@code handles} says no) are passed
   * over without becoming messages: their offsets go into the next token handed out, so they are
   * consumed all the same. So that the token is never left behind them, a passed-over record is
   * handed out after all when nothing follows it yet (the processor ignores it and stores the
   * token, as it does for any event it cannot handle).
   */
  private final class SharedStream implements BlockingStream<TrackedEventMessage<?>> {
    /** Entries taken from the window under one lock. */
    private static final int READ_BATCH = 256;

    private final FanOutLog<EventMessage<?>>.Reader reader;
    private final Fetch of;
    private final Predicate<Class<?>> handles;
    private final ArrayDeque<FanOutLog.Entry<EventMessage<?>>> read = new ArrayDeque<>();
    private final Map<TopicPartition, Long> positions;
    private final Map<Integer, TopicPartition> partitions = new HashMap<>();
    private FanOutLog.Entry<EventMessage<?>> passedOver;
    private TrackedEventMessage<?> pending;
    private boolean closed;

    SharedStream(
        FanOutLog<EventMessage<?>>.Reader reader,
        KafkaTrackingToken from,
        Fetch of,
        Predicate<Class<?>> handles) {
      this.reader = reader;
      this.positions = new HashMap<>(from.getPositions());
      this.of = of;
      this.handles = handles;
    }

    /** Reads until an entry the token does not cover is pending, or {@code nanos} pass. */
    private boolean fill(long nanos) throws InterruptedException {
      long deadline = System.nanoTime() + nanos;
      while (pending == null) {
        if (read.isEmpty()
            && reader.drainTo(
                    read,
                    READ_BATCH,
                    passedOver != null ? 0 : Math.max(0, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS)
                == 0) {
          if (passedOver == null) {
            return false;
          }
          // Nothing follows the record passed over: hand it out, so the token covers it.
          hand(passedOver);
          return true;
        }
        FanOutLog.Entry<EventMessage<?>> e = read.poll();
        TopicPartition partition =
            partitions.computeIfAbsent(e.partition(), p -> new TopicPartition(topic, p));
        Long had = positions.get(partition);
        if (had == null || e.offset() > had) {
          positions.put(partition, e.offset());
          if (handles.test(e.value().getPayloadType())) {
            hand(e);
          } else {
            passedOver = e;
          }
        }
      }
      return true;
    }

    private void hand(FanOutLog.Entry<EventMessage<?>> e) {
      pending =
          EventUtils.asTrackedEventMessage(e.value(), KafkaTrackingToken.newInstance(positions));
      passedOver = null;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
      try {
        fill(0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.ofNullable(pending);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
      return fill(unit.toNanos(timeout));
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
      while (!fill(TimeUnit.SECONDS.toNanos(1))) {
        if (closed) {
          throw new IllegalStateException("the stream is closed");
        }
      }
      TrackedEventMessage<?> next = pending;
      pending = null;
      return next;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        reader.close();
        left(of);
      }
    }
  }
}
