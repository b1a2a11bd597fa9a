package org.waymark.command.config;

import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine with its "extended gap check" paced: at most once per interval instead of on
 * every read that finds nothing.
 *
 * <p>When a tracking reader (the Kafka publisher) finds no event in its next window of global
 * indices, Axon asks {@code SELECT min(global_index) … WHERE global_index > ?}, so that a hole
 * wider than the window (the indices of a rolled-back import) does not stop it for good. While an
 * import's transaction is open, every index it has taken is an uncommitted row: PostgreSQL visits
 * each of them to find it invisible, so each such query costs as much as the import has written so
 * far. The reader is woken after every batch of the import's commands (each appends events), so a
 * year's import paid that scan thousands of times: PostgreSQL used 16% of the machine's CPU in the
 * 25,000-learner benchmark, more than every processor but the import itself.
 *
 * <p>Here the engine is built with Axon's check switched off, and {@link #fetchTrackedEvents} does
 * the same query itself when the window is empty and {@code interval} has passed since the last
 * time: a hole is still crossed, at most one interval later. Windows that hold events are read
 * exactly as Axon reads them.
 */
final class PacedGapCheckStorageEngine extends JdbcEventStorageEngine {
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private final AtomicLong lastCheck;

  /**
   * @param builder Axon's builder, whose extended gap check this turns off
   * @param intervalNanos the least time between two checks
   * @param nanoClock {@link System#nanoTime}, or a test's clock
   */
  PacedGapCheckStorageEngine(Builder builder, long intervalNanos, LongSupplier nanoClock) {
    super(builder.extendedGapCheckEnabled(false));
    this.intervalNanos = intervalNanos;
    this.nanoClock = nanoClock;
    this.lastCheck = new AtomicLong(nanoClock.getAsLong() - intervalNanos);
  }

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      TrackingToken lastToken, int batchSize) {
    List<? extends TrackedEventData<?>> found = super.fetchTrackedEvents(lastToken, batchSize);
    if (!found.isEmpty() || !checkDue()) {
      return found;
    }
    long index = lastToken == null ? -1 : ((GapAwareTrackingToken) lastToken).getIndex();
    Long next = nextIndexAfter(index);
    if (next == null || next - index <= batchSize) {
      return found;
    }
    // A window reaching the next committed event: as Axon's own check reads it.
    return super.fetchTrackedEvents(lastToken, (int) Math.min(Integer.MAX_VALUE, next - index));
  }

  /** True at most once per interval, whichever reader asks. */
  private boolean checkDue() {
    long now = nanoClock.getAsLong();
    long last = lastCheck.get();
    return now - last >= intervalNanos && lastCheck.compareAndSet(last, now);
  }

  /** The least committed global index above {@code index}, or null: Axon's own statement. */
  private Long nextIndexAfter(long index) {
    return JdbcUtils.executeQuery(
        getConnection(),
        c -> fetchTrackedEvents(c, index),
        (ResultSet r) -> JdbcUtils.nextAndExtract(r, 1, Long.class),
        e -> new EventStoreException("Failed to look for events after index " + index, e));
  }
}
