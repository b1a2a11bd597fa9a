package org.waymark.query.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents a processor's batch has changed and not yet sent: index → id → the latest document
 * and the position it carries. Later events of the batch read their own earlier writes from here.
 */
final class PendingWrites {
  record Pending(Object doc, long position) {}

  private final Map<String, Map<String, Pending>> byIndex = new LinkedHashMap<>();

  Pending get(String index, String id) {
    Map<String, Pending> docs = byIndex.get(index);
    return docs == null ? null : docs.get(id);
  }

  void put(String index, String id, Object doc, long position) {
    byIndex.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(id, new Pending(doc, position));
  }

  Map<String, Map<String, Pending>> drain() {
    Map<String, Map<String, Pending>> all = new LinkedHashMap<>(byIndex);
    byIndex.clear();
    return all;
  }

  boolean isEmpty() {
    return byIndex.isEmpty();
  }
}
