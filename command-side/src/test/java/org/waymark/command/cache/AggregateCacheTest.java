package org.waymark.command.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AggregateCacheTest {
  private final AggregateCache cache =
      new AggregateCache("waymark.command.register-cache-entries", 3);

  @AfterEach
  void noTransactionLeftOpen() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void outsideATransactionAnEntryIsSharedAtOnce() {
    cache.put("register-L1", "state 1");
    assertThat((String) cache.get("register-L1")).isEqualTo("state 1");
    assertThat(fromAnotherThread("register-L1")).isEqualTo("state 1");
  }

  @Test
  void theLeastRecentlyUsedGoFirstBeyondTheCapacity() {
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");
    assertThat((String) cache.get("a")).isEqualTo("1"); // used: b is now the eldest
    cache.put("d", "4");
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.containsKey("b")).isFalse();
    assertThat(cache.containsKey("a")).isTrue();
  }

  @Test
  void whatATransactionCachesIsItsOwnUntilItCommits() {
    cache.put("register-L1", "committed before");
    begin();
    assertThat((String) cache.get("register-L1")).isEqualTo("committed before");
    cache.put("register-L1", "changed in the transaction");
    cache.put("register-L2", "new in the transaction");
    assertThat((String) cache.get("register-L1")).isEqualTo("changed in the transaction");
    // Another thread loads from the store meanwhile: neither version is offered to it.
    assertThat(fromAnotherThread("register-L1")).isNull();
    assertThat(fromAnotherThread("register-L2")).isNull();
    end(true);
    assertThat(fromAnotherThread("register-L1")).isEqualTo("changed in the transaction");
    assertThat(fromAnotherThread("register-L2")).isEqualTo("new in the transaction");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void whatARolledBackTransactionCachedIsForgotten() {
    cache.put("register-L1", "committed before");
    begin();
    cache.put("register-L1", "never committed");
    cache.put("register-L2", "never committed");
    end(false);
    assertThat((String) cache.get("register-L1")).isNull();
    assertThat((String) cache.get("register-L2")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void aRemovalInsideATransactionRemovesBothVersions() {
    cache.put("register-L1", "committed before");
    begin();
    cache.put("register-L1", "changed");
    assertThat(cache.remove("register-L1")).isTrue();
    assertThat((String) cache.get("register-L1")).isNull();
    end(true);
    assertThat((String) cache.get("register-L1")).isNull();
  }

  @Test
  void aNegativeCapacityIsRefusedByName() {
    assertThatThrownBy(() -> new AggregateCache("waymark.command.register-cache-entries", -1))
        .hasMessageContaining("waymark.command.register-cache-entries");
  }

  private static void begin() {
    TransactionSynchronizationManager.initSynchronization();
  }

  /** What Spring's transaction manager does at the end of a transaction. */
  private static void end(boolean commit) {
    List<TransactionSynchronization> synchronizations =
        TransactionSynchronizationManager.getSynchronizations();
    if (commit) {
      synchronizations.forEach(TransactionSynchronization::afterCommit);
    }
    TransactionSynchronizationManager.clearSynchronization();
    int status =
        commit
            ? TransactionSynchronization.STATUS_COMMITTED
            : TransactionSynchronization.STATUS_ROLLED_BACK;
    synchronizations.forEach(s -> s.afterCompletion(status));
  }

  private String fromAnotherThread(String key) {
    return CompletableFuture.supplyAsync(() -> cache.<String, String>get(key)).join();
  }
}
