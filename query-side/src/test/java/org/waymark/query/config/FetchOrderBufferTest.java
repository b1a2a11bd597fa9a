package org.waymark.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FetchOrderBufferTest {

  @Test
  void handsElementsOutInTheOrderTheyWerePut() throws Exception {
    FetchOrderBuffer<String> buffer = new FetchOrderBuffer<>(10);
    buffer.putAll(List.of("p0@7", "p0@8", "p3@2", "p1@5"));
    buffer.put("p0@9");

    List<String> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(buffer.take());
    }
    assertThat(out).containsExactly("p0@7", "p0@8", "p3@2", "p1@5", "p0@9");
    assertThat(buffer.isEmpty()).isTrue();
  }

  @Test
  void pollAnswersNullWhenNothingArrivesInTime() throws Exception {
    FetchOrderBuffer<String> buffer = new FetchOrderBuffer<>(1);
    assertThat(buffer.poll(20, TimeUnit.MILLISECONDS)).isNull();
    assertThat(buffer.peek()).isNull();
  }

  @Test
  void aFullBufferMakesThePutterWaitUntilTheConsumerTakes() throws Exception {
    FetchOrderBuffer<Integer> buffer = new FetchOrderBuffer<>(2);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread putter =
        new Thread(
            () -> {
              started.countDown();
              try {
                buffer.putAll(List.of(1, 2, 3, 4));
              } catch (Throwable t) {
                failed.set(t);
              }
            });
    putter.start();
    started.await();
    // The putter fills the buffer and then waits: never more than the capacity inside.
    while (buffer.remainingCapacity() > 0) {
      Thread.onSpinWait();
    }
    assertThat(buffer.size()).isEqualTo(2);
    assertThat(putter.isAlive()).isTrue();

    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(buffer.poll(5, TimeUnit.SECONDS));
    }
    putter.join(5000);
    assertThat(failed.get()).isNull();
    assertThat(putter.isAlive()).isFalse();
    assertThat(out).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aFetcherFailureReachesTheConsumerOnceTheFetchedElementsAreGone() throws Exception {
    FetchOrderBuffer<String> buffer = new FetchOrderBuffer<>(4);
    buffer.put("fetched before the failure");
    buffer.setException(new IllegalStateException("broker gone"));

    assertThat(buffer.take()).isEqualTo("fetched before the failure");
    assertThatThrownBy(buffer::take).hasMessage("broker gone");
    assertThatThrownBy(() -> buffer.poll(1, TimeUnit.SECONDS)).hasMessage("broker gone");
  }

  @Test
  void aWaitingConsumerIsWokenByAFailure() throws Exception {
    FetchOrderBuffer<String> buffer = new FetchOrderBuffer<>(4);
    AtomicReference<Throwable> seen = new AtomicReference<>();
    Thread consumer =
        new Thread(
            () -> {
              try {
                buffer.take();
              } catch (Throwable t) {
                seen.set(t);
              }
            });
    consumer.start();
    while (consumer.getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }
    buffer.setException(new IllegalStateException("broker gone"));
    consumer.join(5000);
    assertThat(seen.get()).hasMessage("broker gone");
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new FetchOrderBuffer<>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }
}
