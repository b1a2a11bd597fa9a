package org.waymark.command.attendance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's cache of {@link AttendanceRegister}s (its {@code CachingEventSourcingRepository}), so a
 * register is not read and replayed from the store for every command: a year's register is one
 * event of about 380 marks (23 KB), and an import of register amendments, one or two a learner,
 * loaded and replayed it for each of them (50 s of the 25,000-learner benchmark's import, half of
 * it turning the JSON back into marks).
 *
 * <p>Least recently used registers go first beyond {@code waymark.command.register-cache-entries}
 * (default {@value #DEFAULT_ENTRIES}, a local authority's learners; a register's state is a byte a
 * session, see {@link SlotCodes}). It holds codes only, nothing personal.
 *
 * <p>Aggregates cached while a database transaction is open are this transaction's until it
 * commits: kept apart, seen by this thread only, and shared only after the commit; a rollback drops
 * them. Axon's repository removes an entry when a unit of work rolls back, but an import commits
 * many units of work inside one transaction that may still roll back afterwards, and another thread
 * must not decide on marks that were never committed. The store stays the truth: a register cached
 * by another node and then changed here is refused by the event store's unique sequence number when
 * that node appends from its stale copy, and Axon then drops the entry.
 */
@Component(RegisterCache.BEAN)
final class RegisterCache implements Cache {
  /** The bean {@link AttendanceRegister}'s {@code @Aggregate} names. */
  static final String BEAN = "attendanceRegisterCache";

  static final int DEFAULT_ENTRIES = 30_000;

  private final int capacity;

  /** Committed registers, least recently used first; guarded by itself. */
  private final LinkedHashMap<Object, Object> shared;

  RegisterCache(@Value("${waymark.command.register-cache-entries:30000}") int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException(
          "waymark.command.register-cache-entries must be 0 or more, was " + capacity);
    }
    this.capacity = capacity;
    this.shared =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > RegisterCache.this.capacity;
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
    // Until the commit, other threads load this register from the store.
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

  /** Committed registers held (tests, operations). */
  int size() {
    synchronized (shared) {
      return shared.size();
    }
  }

  /**
   * This transaction's registers, created with the transaction's synchronization when {@code
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
              TransactionSynchronizationManager.unbindResourceIfPossible(RegisterCache.this);
            }
          });
      staged = created;
    }
    return staged;
  }
}
