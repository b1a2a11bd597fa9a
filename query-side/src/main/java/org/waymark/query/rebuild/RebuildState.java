package org.waymark.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the latest rebuild stands.
 *
 * @param state {@code IDLE} (none since start), {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param groups the processing groups being replayed
 * @param indices read model → the new index being filled (or filled)
 * @param startedAt when the replay began
 * @param finishedAt when the aliases moved (or the rebuild failed)
 * @param seconds how long it took, so far
 * @param eventsBehind events the replay still has to read (while running)
 * @param documents documents in each new index when the aliases moved
 * @param error what went wrong, if it failed
 */
public record RebuildState(
    String state,
    List<String> groups,
    Map<String, String> indices,
    Instant startedAt,
    Instant finishedAt,
    Double seconds,
    Long eventsBehind,
    Map<String, Long> documents,
    String error) {

  static final RebuildState IDLE =
      new RebuildState("IDLE", List.of(), Map.of(), null, null, null, null, Map.of(), null);

  static Double seconds(Instant from, Instant to) {
    return from == null ? null : Duration.between(from, to).toMillis() / 1000.0;
  }
}
