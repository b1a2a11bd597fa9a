package org.waymark.query.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fact's versions, oldest first, with the rule every read model uses: a new version supersedes
 * the current one at the instant the new one was recorded, and nothing is ever deleted.
 */
public final class History {
  private History() {}

  /** The versions with {@code state} appended as the current one, recorded by {@code event}. */
  public static <S> List<Version<S>> append(
      List<Version<S>> versions, S state, EventContext event) {
    List<Version<S>> next = new ArrayList<>(versions == null ? List.of() : versions);
    if (!next.isEmpty()) {
      int last = next.size() - 1;
      next.set(last, next.get(last).supersededAt(event.recordedAt()));
    }
    next.add(new Version<>(event.recordedAt(), null, event.position(), event.recordedBy(), state));
    return List.copyOf(next);
  }

  /** The state in force at {@code asAt} ({@code null}: the current one); empty if none was yet. */
  public static <S> Optional<S> at(List<Version<S>> versions, Instant asAt) {
    if (versions == null) {
      return Optional.empty();
    }
    for (int i = versions.size() - 1; i >= 0; i--) {
      Version<S> v = versions.get(i);
      if (v.inForceAt(asAt)) {
        return Optional.ofNullable(v.state());
      }
    }
    return Optional.empty();
  }

  /** The current state, if any. */
  public static <S> Optional<S> current(List<Version<S>> versions) {
    return at(versions, null);
  }
}
