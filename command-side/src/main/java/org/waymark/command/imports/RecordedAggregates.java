package org.waymark.command.imports;

import java.util.Collection;
import java.util.Set;

/**
 * Which aggregates already have events in the store, asked once for a chunk of import rows so that
 * a row creating an aggregate need not load it first (an aggregate known to be new is created
 * without reading the store; one already recorded is loaded as before, so idempotence and
 * amendments are unchanged).
 */
@FunctionalInterface
public interface RecordedAggregates {
  /** Those of {@code aggregateIds} with at least one event in the store, as this thread sees it. */
  Set<String> recorded(Collection<String> aggregateIds);
}
