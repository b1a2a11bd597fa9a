package org.waymark.command.cache;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An Axon aggregate cache (for its {@code CachingEventSourcingRepository}), so an aggregate is not
 * read and replayed from the store for every command; one instance per aggregate type ({@link
 * AggregateCaches}), each named in that aggregate's {@code @Aggregate(cache = …)}. What is cached
 * must hold nothing personal in the clear: sealed text stays sealed in the aggregate's state and is
 * opened when a command needs it, so an erased learner's cached aggregate is as unreadable as its
 * events.
 *
 * <p>Least recently used aggregates go first beyond the capacity (its setting is named in errors).
 *
 * <p>Aggregates cached while a database transaction is open are this transaction's until it
 * commits: kept apart, seen by this thread only, and shared only after the commit; a rollback drops
 * them. Axon's repository removes an entry when a unit of work rolls back, but an import commits
 * many units of work inside one transaction that may still roll back afterwards, and another thread
 * must not decide on state that was never committed. The store stays the truth: an aggregate cached
 * by another node and then changed here is refused by the event store's unique sequence number when
 * that node appends from its stale copy, and Axon then drops the entry.
 */
public final class AggregateCache implements Cache {
  private final int capacity;

  /** Committed aggregates, least recently used first; guarded by itself. */
  private final LinkedHashMap<Object, Object> shared;

  /**
   * @param setting the property that sets the capacity, for the error message
   * @param capacity the most committed aggregates kept (0: none)
   */
  public AggregateCache(String setting, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException(setting + " must be 0 or more, was " + capacity);
    }
    this.capacity = capacity;
    this.shared =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > AggregateCache.this.capacity;
          }
        };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    Map<Object, Object> staged = staged(false);
    if (staged != null && staged.containsKey(key)) {
      return (V) staged.get(key);
    }
    synchronized (shared) {
      return (V) shared.get(key);
    }
  }

  @Override
  public void put(Object key, Object value) {
    Map<Object, Object> staged = staged(true);
    if (staged == null) {
      synchronized (shared) {
        shared.put(key, value);
      }
      return;
    }
    // Until the commit, other threads load this aggregate from the store.
    synchronized (shared) {
      shared.remove(key);
    }
    if (staged.size() < capacity || staged.containsKey(key)) {
      staged.put(key, value);
    }
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    if (containsKey(key)) {
      return false;
    }
    put(key, value);
    return true;
  }

  @Override
  public boolean remove(Object key) {
    Map<Object, Object> staged = staged(false);
    boolean removed = staged != null && staged.remove(key) != null;
    synchronized (shared) {
      return shared.remove(key) != null || removed;
    }
  }

  @Override
  public void removeAll() {
    Map<Object, Object> staged = staged(false);
    if (staged != null) {
      staged.clear();
    }
    synchronized (shared) {
      shared.clear();
    }
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /** Nothing listens to this cache's entries. */
  @Override
  public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
    return () -> true;
  }

  /** Committed aggregates held (tests, operations). */
  int size() {
    synchronized (shared) {
      return shared.size();
    }
  }

  /**
   * This transaction's aggregates, created with the transaction's synchronization when {@code
   * create}; null outside a transaction.
   */
  @SuppressWarnings("unchecked")
  private Map<Object, Object> staged(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Object, Object> staged =
        (Map<Object, Object>) TransactionSynchronizationManager.getResource(this);
    if (staged == null && create) {
      Map<Object, Object> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              synchronized (shared) {
                shared.putAll(created);
              }
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(AggregateCache.this);
            }
          });
      staged = created;
    }
    return staged;
  }
}
