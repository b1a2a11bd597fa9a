package org.waymark.query.store;

import java.time.Instant;

/**
 * One version of a fact in a read model: what it said, when that was recorded, and when (if ever) a
 * later event superseded it. A fact's versions answer {@code asAt}: the version in force at instant
 * {@code t} is the one with {@code recordedAt ≤ t < supersededAt}.
 *
 * @param recordedAt when the event that made this version was stored
 * @param supersededAt when a later event replaced it; {@code null} while it is current
 * @param position the global index of the event that made this version
 * @param recordedBy who recorded it
 * @param state the fact's content in this version
 */
public record Version<S>(
    Instant recordedAt, Instant supersededAt, long position, String recordedBy, S state) {

  public boolean inForceAt(Instant asAt) {
    if (asAt == null) {
      return supersededAt == null;
    }
    return !recordedAt.isAfter(asAt) && (supersededAt == null || supersededAt.isAfter(asAt));
  }

  Version<S> supersededAt(Instant at) {
    return new Version<>(recordedAt, at, position, recordedBy, state);
  }
}
