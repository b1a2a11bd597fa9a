package org.waymark.query.config;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.Buffer;

/**
 * A bounded first-in, first-out buffer between the Kafka fetcher and a tracking processor: records
 * leave in the order they were fetched, which is offset order within every partition.
 *
 * <p>Why not the extension's default {@code SortedKafkaMessageBuffer}: the fetcher gives each
 * record a tracking token that covers every record fetched before it ({@code
 * TrackingRecordConverter}), so the tokens are only right in fetch order. The sorted buffer hands
 * records out by timestamp instead, and a processor then stores the token of whichever record came
 * last by timestamp: one that can lack records of other partitions fetched after it (the processor
 * looks behind forever once the topic goes quiet, and re-reads them after a restart), or one that
 * already covers records still waiting in the buffer (skipped after a restart). Read models need
 * order only per aggregate, which Kafka keeps per partition: the publisher keys records by
 * aggregate id.
 *
 * @param <E> the buffered element
 */
public final class FetchOrderBuffer<E> implements Buffer<E> {
  private final int capacity;
  private final ArrayDeque<E> queue;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  public FetchOrderBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.queue = new ArrayDeque<>(Math.min(capacity, 4096));
  }

  @Override
  public void put(E element) throws InterruptedException {
    if (element == null) {
      throw new IllegalArgumentException("element must not be null");
    }
    lock.lockInterruptibly();
    try {
      while (queue.size() >= capacity) {
        notFull.await();
      }
      queue.addLast(element);
      notEmpty.signal();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds every element in the collection's order, waiting for room as needed; a fetch larger than
   * the capacity goes in as the processor makes room.
   */
  @Override
  public void putAll(Collection<E> elements) throws InterruptedException {
    for (E e : elements) {
      put(e);
    }
  }

  @Override
  public E poll(long timeout, TimeUnit unit) throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty()) {
        throwIfFailed();
        if (nanos <= 0) {
          return null;
        }
        nanos = notEmpty.awaitNanos(nanos);
      }
      return removeFirst();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public E take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (queue.isEmpty()) {
        throwIfFailed();
        notEmpty.await();
      }
      return removeFirst();
    } finally {
      lock.unlock();
    }
  }

  private E removeFirst() {
    E first = queue.removeFirst();
    notFull.signal();
    return first;
  }

  @Override
  public E peek() {
    lock.lock();
    try {
      if (queue.isEmpty()) {
        throwIfFailed();
      }
      return queue.peekFirst();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int size() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public int remainingCapacity() {
    lock.lock();
    try {
      return capacity - queue.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void clear() {
    lock.lock();
    try {
      queue.clear();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The fetcher failed: once the records already fetched are consumed, the processor's next read
   * throws {@code failure}, so it goes into its error mode and reopens the stream.
   */
  @Override
  public void setException(RuntimeException failure) {
    this.failure.set(failure);
    lock.lock();
    try {
      notEmpty.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void throwIfFailed() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }
}
