package org.waymark.query.store;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader loaded from a read model, kept under the model's {@linkplain ModelVersions stamp}
 * (any value with equals): a value is served only while the stamp is the one it was loaded under,
 * and every value goes when the stamp changes. Within one stamp at most {@code capacity} keys are
 * kept, least recently used first out. Values must be immutable: every caller shares them.
 *
 * @param <K> what distinguishes one load from another ({@code asAt}, a period, …; may be null)
 * @param <V> the loaded value
 */
public final class VersionedCache<K, V> {
  /** Loads a value for a key. */
  @FunctionalInterface
  public interface Loader<K, V> {
    V load(K key) throws IOException;
  }

  private final int capacity;
  private Object stamp;
  private final LinkedHashMap<Key<K>, V> entries;

  private record Key<K>(K key) {}

  public VersionedCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key<K>, V> eldest) {
            return size() > VersionedCache.this.capacity;
          }
        };
  }

  /**
   * The value of {@code key} loaded under {@code stamp}, loading it (outside the lock, so a slow
   * load does not hold up other keys) when absent.
   */
  public V get(Object stamp, K key, Loader<K, V> loader) throws IOException {
    Key<K> k = new Key<>(key);
    synchronized (this) {
      if (Objects.equals(this.stamp, stamp)) {
        V hit = entries.get(k);
        if (hit != null) {
          return hit;
        }
      }
    }
    V loaded = Objects.requireNonNull(loader.load(key));
    synchronized (this) {
      if (!Objects.equals(this.stamp, stamp)) {
        // Another stamp: whatever was kept belongs to it. The latest caller's stamp wins; a stale
        // one only costs a reload, never a wrong answer, since a hit needs the caller's stamp.
        entries.clear();
        this.stamp = stamp;
      }
      entries.put(k, loaded);
    }
    return loaded;
  }

  /** How many values are kept now. */
  public synchronized int size() {
    return entries.size();
  }
}
