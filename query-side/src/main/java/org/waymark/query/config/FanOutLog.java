package org.waymark.query.config;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded window of fetched records, in fetch order, read by many readers at their own pace: the
 * part of {@link SharedKafkaMessageSource} that holds no Kafka client, so its rules are tested
 * alone.
 *
 * <ul>
 *   <li>The writer appends; when the window is full it drops the oldest entry if every reader has
 *       read it, and otherwise waits. The slowest reader therefore sets the pace, and no reader
 *       ever misses an entry.
 *   <li>Entries are dropped only when room is needed, so the window keeps as much history as it can
 *       hold, and a reader opening a little behind the others can still join.
 *   <li>{@link #join} tells, per partition, whether the window still holds everything from a given
 *       offset on: the <em>floor</em> of a partition is the lowest offset not yet dropped.
 * </ul>
 *
 * @param <E> the value of an entry (the converted event)
 */
final class FanOutLog<E> {
  /** One fetched record: where it sits in its partition, and its converted value. */
  record Entry<E>(int partition, long offset, E value) {}

  private final int capacity;

  /** Entry of absolute sequence number s sits at s % capacity. */
  private final Object[] ring;

  private int size;
  private final Map<Integer, Long> floor = new HashMap<>();
  private final Set<Reader> readers = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition appended = lock.newCondition();
  private final Condition consumed = lock.newCondition();

  /** Absolute sequence number of the oldest entry held. */
  private long first;

  private RuntimeException failure;
  private boolean closed;

  /**
   * Whether the writer waits for room: only then does a read signal {@link #consumed}, instead of
   * every read of every reader waking it.
   */
  private boolean writerWaiting;

  /**
   * @param capacity entries held at most
   * @param start per partition, the first offset the writer will append (the initial floor)
   */
  FanOutLog(int capacity, Map<Integer, Long> start) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.ring = new Object[capacity];
    this.floor.putAll(start);
  }

  /**
   * Partitions the writer starts reading later (a topic that had none yet): their floor is where
   * the writer starts them.
   */
  void addPartitions(Map<Integer, Long> start) {
    lock.lock();
    try {
      start.forEach(floor::putIfAbsent);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Appends {@code entries} in order, for each first dropping the oldest entry every reader has
   * read when the window is full, or waiting until one has been; waiting readers are woken once for
   * the lot (and before the writer waits for room, so they can read what is already appended).
   *
   * @return false when the log was closed meanwhile (what was appended before stays)
   */
  boolean appendAll(List<Entry<E>> entries) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      boolean unannounced = false;
      for (Entry<E> entry : entries) {
        while (size >= capacity && !closed) {
          if (readByAll(first)) {
            Entry<E> dropped = at(first);
            ring[slot(first)] = null;
            first++;
            size--;
            floor.merge(dropped.partition(), dropped.offset() + 1, Math::max);
          } else {
            if (unannounced) {
              appended.signalAll();
              unannounced = false;
            }
            writerWaiting = true;
            try {
              consumed.await();
            } finally {
              writerWaiting = false;
            }
          }
        }
        if (closed) {
          // Nothing unannounced here: the lock is only let go while waiting, after announcing.
          return false;
        }
        floor.putIfAbsent(entry.partition(), entry.offset());
        ring[slot(first + size)] = entry;
        size++;
        unannounced = true;
      }
      if (unannounced) {
        appended.signalAll();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private int slot(long sequence) {
    return (int) (sequence % capacity);
  }

  @SuppressWarnings("unchecked")
  private Entry<E> at(long sequence) {
    return (Entry<E>) ring[slot(sequence)];
  }

  private boolean readByAll(long sequence) {
    for (Reader r : readers) {
      if (r.next <= sequence) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reader from the first entry held that it has not had, if the window still holds every entry
   * from {@code need} on: {@code need} names, for every partition the log reads, the first offset
   * the reader has not had. Empty when an entry it needs was dropped, when it needs a partition the
   * log does not read, or when the log failed or closed.
   */
  Optional<Reader> join(Map<Integer, Long> need) {
    lock.lock();
    try {
      if (closed || failure != null || !need.keySet().containsAll(floor.keySet())) {
        return Optional.empty();
      }
      for (Map.Entry<Integer, Long> n : need.entrySet()) {
        Long lowest = floor.get(n.getKey());
        if (lowest == null || n.getValue() < lowest) {
          return Optional.empty();
        }
      }
      // Start at the first entry it has not had, so the writer need not wait for it to pass
      // entries it would skip anyway.
      long start = first;
      while (start < first + size) {
        Entry<E> e = at(start);
        if (e.offset() >= need.get(e.partition())) {
          break;
        }
        start++;
      }
      Reader reader = new Reader(start);
      readers.add(reader);
      return Optional.of(reader);
    } finally {
      lock.unlock();
    }
  }

  /** The writer failed: each reader gets {@code e} once it has read every entry held. */
  void fail(RuntimeException e) {
    lock.lock();
    try {
      failure = e;
      appended.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** No more appends; a waiting writer returns, and readers find nothing more. */
  void close() {
    lock.lock();
    try {
      closed = true;
      appended.signalAll();
      consumed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  int readers() {
    lock.lock();
    try {
      return readers.size();
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }

  Map<Integer, Long> floor() {
    lock.lock();
    try {
      return Map.copyOf(floor);
    } finally {
      lock.unlock();
    }
  }

  /** One reader's position in the log; used by one thread at a time. */
  final class Reader implements AutoCloseable {
    /** Absolute sequence number of the next entry to read. */
    private long next;

    private Reader(long next) {
      this.next = next;
    }

    /**
     * Moves up to {@code max} of the next entries into {@code into}, in order, under one lock,
     * waiting up to {@code timeout} for the first; 0 when none arrived in time or the log is
     * closed.
     *
     * @throws RuntimeException the writer's failure, once every entry held has been read
     */
    int drainTo(Collection<? super Entry<E>> into, int max, long timeout, TimeUnit unit)
        throws InterruptedException {
      long nanos = unit.toNanos(timeout);
      lock.lockInterruptibly();
      try {
        while (next >= first + size) {
          if (failure != null) {
            throw failure;
          }
          if (closed || nanos <= 0) {
            return 0;
          }
          nanos = appended.awaitNanos(nanos);
        }
        int moved = 0;
        while (moved < max && next < first + size) {
          into.add(at(next));
          next++;
          moved++;
        }
        if (writerWaiting) {
          consumed.signalAll();
        }
        return moved;
      } finally {
        lock.unlock();
      }
    }

    /** Leaves the log: the writer no longer waits for this reader. */
    @Override
    public void close() {
      lock.lock();
      try {
        readers.remove(this);
        consumed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }
}
