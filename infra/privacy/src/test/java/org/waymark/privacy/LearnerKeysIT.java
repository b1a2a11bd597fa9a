package org.waymark.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.infra.embedded.EmbeddedServices;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;
import org.waymark.infra.embedded.WithEmbeddedServices;

/** The key store on real PostgreSQL: its own table, wrapped keys, transactions, shredding. */
@WithEmbeddedServices
class LearnerKeysIT {
  static DriverManagerDataSource dataSource;
  static TransactionTemplate tx;
  @TempDir static Path dir;

  @BeforeAll
  static void connect() {
    EmbeddedServices services = EmbeddedServicesExtension.services();
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(LearnerKeysIT.class);
    dataSource =
        new DriverManagerDataSource(ns.jdbcUrl(), services.jdbcUsername(), services.jdbcPassword());
    tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  LearnerKeys keys(Path masterFile) {
    LearnerKeys keys =
        new LearnerKeys(dataSource, MasterKey.fromFile(masterFile), 30, Clock.systemUTC());
    keys.createSchema();
    keys.createSchema(); // idempotent
    return keys;
  }

  @Test
  void keysAreStoredWrappedInTheirOwnTableAndSurviveARestart() throws Exception {
    Path master = dir.resolve("a/master.key");
    LearnerKeys keys = keys(master);
    SecretKey created = keys.createIfAbsent("L-keys-1");
    String sealed = PersonalData.seal(created, "L-keys-1", "Grace Hopper");

    assertThat(keys.createIfAbsent("L-keys-1").getEncoded()).isEqualTo(created.getEncoded());
    byte[] stored =
        new JdbcTemplate(dataSource)
            .queryForObject(
                "SELECT wrapped_key FROM privacy.learner_key WHERE learner_id = 'L-keys-1'",
                byte[].class);
    assertThat(stored).isNotEqualTo(created.getEncoded()).hasSizeGreaterThan(32);
    assertThat(Files.getPosixFilePermissions(master))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    // A new node with the same master key file opens it; one with another master key cannot.
    assertThat(new PersonalData(keys(master)).openOrNull("L-keys-1", sealed))
        .isEqualTo("Grace Hopper");
    LearnerKeys other = keys(dir.resolve("b/master.key"));
    assertThatThrownBy(() -> other.find("L-keys-1")).isInstanceOf(TamperedValueException.class);
  }

  @Test
  void aKeyCreatedInARolledBackTransactionIsNeverUsed() {
    LearnerKeys keys = keys(dir.resolve("c/master.key"));
    tx.executeWithoutResult(
        status -> {
          keys.createIfAbsent("L-keys-2");
          assertThat(keys.find("L-keys-2")).isPresent();
          status.setRollbackOnly();
        });

    assertThat(keys.find("L-keys-2")).isEmpty();
  }

  @Test
  void aShreddedKeyIsGoneAtOnceAndARolledBackShredKeepsIt() {
    LearnerKeys keys = keys(dir.resolve("d/master.key"));
    PersonalData data = new PersonalData(keys);
    keys.createIfAbsent("L-keys-3");
    String sealed = data.seal("L-keys-3", "Alan Turing");
    assertThat(data.openOrNull("L-keys-3", sealed)).isEqualTo("Alan Turing"); // now cached

    tx.executeWithoutResult(
        status -> {
          assertThat(keys.shred("L-keys-3")).isTrue();
          assertThat(data.open("L-keys-3", sealed).erased()).isTrue();
          status.setRollbackOnly();
        });
    assertThat(data.openOrNull("L-keys-3", sealed)).isEqualTo("Alan Turing");

    long before = keys.count();
    tx.executeWithoutResult(status -> assertThat(keys.shred("L-keys-3")).isTrue());

    assertThat(data.open("L-keys-3", sealed).erased()).isTrue();
    assertThat(keys.count()).isEqualTo(before - 1);
    assertThat(keys.shred("L-keys-3")).isFalse();
    assertThat(keys.isErased("L-keys-3")).isTrue();
    assertThatThrownBy(() -> data.seal("L-keys-3", "new text"))
        .isInstanceOf(ErasedLearnerException.class);
    assertThat(keys.keyFor("L-keys-4")).isNotNull(); // never registered: created on demand
  }

  @Test
  void ensuringAKeyCreatesOneOnlyWhenThereIsNoneAndRefusesAnErasedLearner() {
    LearnerKeys keys = keys(dir.resolve("e/master.key"));
    long before = keys.count();

    keys.ensureKey("L-keys-5"); // none yet: created
    assertThat(keys.count()).isEqualTo(before + 1);
    SecretKey created = keys.find("L-keys-5").orElseThrow();
    LearnerKeys coldCache =
        new LearnerKeys(
            dataSource, MasterKey.fromFile(dir.resolve("e/master.key")), 30, Clock.systemUTC());
    coldCache.ensureKey("L-keys-5"); // stored already: kept as it is
    assertThat(keys.count()).isEqualTo(before + 1);
    assertThat(coldCache.find("L-keys-5").orElseThrow().getEncoded())
        .isEqualTo(created.getEncoded());

    tx.executeWithoutResult(
        status -> {
          keys.shred("L-keys-5");
          assertThatThrownBy(() -> keys.ensureKey("L-keys-5"))
              .isInstanceOf(ErasedLearnerException.class);
        });
    // Another node (no key cached there) finds the erasure in the database.
    LearnerKeys otherNode =
        new LearnerKeys(
            dataSource, MasterKey.fromFile(dir.resolve("e/master.key")), 30, Clock.systemUTC());
    assertThatThrownBy(() -> otherNode.ensureKey("L-keys-5"))
        .isInstanceOf(ErasedLearnerException.class);
    assertThat(keys.count()).isEqualTo(before);
  }
}
