package org.waymark.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FanOutLogTest {

  private static FanOutLog.Entry<String> entry(int partition, long offset) {
    return new FanOutLog.Entry<>(partition, offset, "p" + partition + "@" + offset);
  }

  /** Appends on a thread of its own; done once the appends returned true. */
  private static final class Writer {
    final AtomicReference<Throwable> failed = new AtomicReference<>();
    final AtomicBoolean done = new AtomicBoolean();
    private final Thread thread;

    Writer(Callable<Boolean> appends) {
      thread =
          new Thread(
              () -> {
                try {
                  done.set(appends.call());
                } catch (Throwable t) {
                  failed.set(t);
                }
              });
      thread.start();
    }

    /** Waits for it, and checks it appended everything without failing. */
    void finished() throws InterruptedException {
      thread.join(5_000);
      assertThat(failed.get()).isNull();
      assertThat(done).isTrue();
    }
  }

  /** One entry appended; false when the log was closed meanwhile. */
  private static boolean append(FanOutLog<String> log, FanOutLog.Entry<String> entry)
      throws InterruptedException {
    return log.appendAll(List.of(entry));
  }

  /** The next entry, waiting up to {@code timeout} for one; null when none arrived in time. */
  private static FanOutLog.Entry<String> poll(
      FanOutLog<String>.Reader reader, long timeout, TimeUnit unit) throws InterruptedException {
    List<FanOutLog.Entry<String>> one = new ArrayList<>(1);
    return reader.drainTo(one, 1, timeout, unit) == 0 ? null : one.get(0);
  }

  private static List<String> read(FanOutLog<String>.Reader reader, int n) throws Exception {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FanOutLog.Entry<String> e = poll(reader, 1, TimeUnit.SECONDS);
      assertThat(e).as("entry %d of %d", i + 1, n).isNotNull();
      out.add(e.value());
    }
    return out;
  }

  @Test
  void everyReaderGetsEveryEntryInFetchOrder() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(10, Map.of(0, 0L, 1, 0L));
    FanOutLog<String>.Reader a = log.join(Map.of(0, 0L, 1, 0L)).orElseThrow();
    FanOutLog<String>.Reader b = log.join(Map.of(0, 0L, 1, 0L)).orElseThrow();
    append(log, entry(0, 0));
    append(log, entry(1, 0));
    append(log, entry(0, 1));

    assertThat(read(a, 3)).containsExactly("p0@0", "p1@0", "p0@1");
    assertThat(read(b, 2)).containsExactly("p0@0", "p1@0");
    assertThat(poll(a, 10, TimeUnit.MILLISECONDS)).isNull();
    assertThat(read(b, 1)).containsExactly("p0@1");
  }

  @Test
  void theWriterWaitsForTheSlowestReaderWhenTheWindowIsFull() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(2, Map.of(0, 0L));
    FanOutLog<String>.Reader fast = log.join(Map.of(0, 0L)).orElseThrow();
    FanOutLog<String>.Reader slow = log.join(Map.of(0, 0L)).orElseThrow();
    Writer writer =
        new Writer(
            () -> {
              for (long o = 0; o < 4; o++) {
                append(log, entry(0, o));
              }
              return true;
            });
    assertThat(read(fast, 2)).containsExactly("p0@0", "p0@1");
    // The window is full and the slow reader has read nothing: nothing may be dropped.
    assertThat(poll(fast, 100, TimeUnit.MILLISECONDS)).isNull();
    assertThat(writer.done).isFalse();
    assertThat(log.size()).isEqualTo(2);

    assertThat(read(slow, 4)).containsExactly("p0@0", "p0@1", "p0@2", "p0@3");
    assertThat(read(fast, 2)).containsExactly("p0@2", "p0@3");
    writer.finished();
  }

  @Test
  void aBatchGoesInWhileRoomIsMadeAndIsDrainedInOrderAtMostMaxAtATime() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(3, Map.of(0, 0L, 1, 0L));
    FanOutLog<String>.Reader reader = log.join(Map.of(0, 0L, 1, 0L)).orElseThrow();
    List<FanOutLog.Entry<String>> batch = new ArrayList<>();
    for (long o = 0; o < 4; o++) {
      batch.add(entry((int) (o % 2), o / 2));
    }
    batch.add(entry(1, 2));
    Writer writer = new Writer(() -> log.appendAll(batch));

    List<FanOutLog.Entry<String>> drained = new ArrayList<>();
    assertThat(reader.drainTo(drained, 2, 1, TimeUnit.SECONDS)).isEqualTo(2);
    while (drained.size() < 5) {
      int before = drained.size();
      int moved = reader.drainTo(drained, 2, 1, TimeUnit.SECONDS);
      assertThat(moved).as("after %d entries", before).isBetween(1, 2);
    }
    assertThat(drained.stream().map(FanOutLog.Entry::value))
        .containsExactly("p0@0", "p1@0", "p0@1", "p1@1", "p1@2");
    assertThat(reader.drainTo(drained, 2, 10, TimeUnit.MILLISECONDS)).isZero();
    writer.finished();
  }

  @Test
  void aClosedReaderNoLongerHoldsTheWriterBack() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(1, Map.of(0, 0L));
    FanOutLog<String>.Reader gone = log.join(Map.of(0, 0L)).orElseThrow();
    append(log, entry(0, 0));
    gone.close();

    append(log, entry(0, 1));
    assertThat(log.readers()).isZero();
    assertThat(log.floor()).containsEntry(0, 1L);
  }

  @Test
  void aReaderJoinsOnlyWhileTheWindowHoldsEverythingItHasNotHad() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(3, Map.of(0, 10L, 1, 20L));
    for (long o = 10; o < 13; o++) {
      append(log, entry(0, o));
    }
    // Full, no readers: the next appends drop the oldest entries, and partition 0's floor rises.
    append(log, entry(1, 20));
    append(log, entry(0, 13));
    assertThat(log.floor()).containsEntry(0, 12L).containsEntry(1, 20L);

    assertThat(log.join(Map.of(0, 11L, 1, 20L))).as("needs offset 11, dropped").isEmpty();
    assertThat(log.join(Map.of(0, 12L))).as("says nothing of partition 1").isEmpty();
    assertThat(log.join(Map.of(0, 12L, 1, 20L, 2, 0L))).as("partition 2 is not read").isEmpty();

    FanOutLog<String>.Reader late = log.join(Map.of(0, 12L, 1, 20L)).orElseThrow();
    assertThat(read(late, 3)).containsExactly("p0@12", "p1@20", "p0@13");
    FanOutLog<String>.Reader partly = log.join(Map.of(0, 12L, 1, 21L)).orElseThrow();
    assertThat(read(partly, 1))
        .as("starts at the first entry it has not had")
        .containsExactly("p0@12");
    FanOutLog<String>.Reader ahead = log.join(Map.of(0, 14L, 1, 21L)).orElseThrow();
    assertThat(poll(ahead, 10, TimeUnit.MILLISECONDS))
        .as("a reader that had everything held starts after it")
        .isNull();
    append(log, entry(0, 14));
    assertThat(read(ahead, 1)).containsExactly("p0@14");
  }

  @Test
  void theWritersFailureReachesReadersAfterTheEntriesHeld() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(5, Map.of(0, 0L));
    FanOutLog<String>.Reader reader = log.join(Map.of(0, 0L)).orElseThrow();
    append(log, entry(0, 0));
    log.fail(new IllegalStateException("broker gone"));

    assertThat(read(reader, 1)).containsExactly("p0@0");
    assertThatThrownBy(() -> poll(reader, 10, TimeUnit.MILLISECONDS)).hasMessage("broker gone");
    assertThat(log.join(Map.of(0, 0L))).as("nobody joins a failed log").isEmpty();
  }

  @Test
  void closingReleasesAWaitingWriterWithoutAppending() throws Exception {
    FanOutLog<String> log = new FanOutLog<>(1, Map.of(0, 0L));
    log.join(Map.of(0, 0L)).orElseThrow();
    append(log, entry(0, 0));
    AtomicReference<Boolean> appended = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                appended.set(append(log, entry(0, 1)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    writer.start();
    writer.join(100);
    assertThat(writer.isAlive()).as("waits for the reader").isTrue();

    log.close();
    writer.join(5_000);
    assertThat(appended.get()).isFalse();
    assertThat(log.size()).isEqualTo(1);
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new FanOutLog<String>(0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
