package org.waymark.query.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documents read ahead for one processor batch, as they stood before the batch: index → id →
 * the document (empty when there was none) and the type it was read as.
 */
final class BatchReads {
  private record Read(Class<?> type, Optional<?> doc) {}

  private final Map<String, Map<String, Read>> byIndex = new HashMap<>();

  void put(String index, String id, Class<?> type, Optional<?> doc) {
    byIndex.computeIfAbsent(index, i -> new HashMap<>()).put(id, new Read(type, doc));
  }

  /**
   * What was read ahead for the document, as {@code type}; {@code null} when it was not read ahead
   * (or as another type), so the caller fetches it.
   */
  <T> Optional<T> get(String index, String id, Class<T> type) {
    Map<String, Read> docs = byIndex.get(index);
    Read read = docs == null ? null : docs.get(id);
    if (read == null || read.type() != type) {
      return null;
    }
    return read.doc().map(type::cast);
  }
}
