package org.waymark.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Per-learner AES-256 keys, kept in PostgreSQL in their own table {@value #TABLE}, apart from the
 * event store, each wrapped (AES-GCM, AAD = the learner id) by the {@linkplain MasterKey master
 * key}.
 *
 * <p>Reads and writes go through the Spring transaction in progress, if any, so a key created for a
 * registration commits or rolls back with the registration's events, and a key shredded by an
 * erasure goes with the erasure event. Unwrapped keys are cached for a few seconds ({@link
 * PrivacyProperties#keyCacheSeconds}), and only once their transaction has committed; {@link
 * #shred} removes the key from this node's cache at once. Nothing here logs a learner id.
 */
public class LearnerKeys {
  private static final Logger log = LoggerFactory.getLogger(LearnerKeys.class);

  /** The table of wrapped keys. */
  public static final String TABLE = "privacy.learner_key";

  /**
   * Learners whose key was shredded (id and when, nothing personal): so a later command cannot
   * create a fresh key and record new personal data about an erased learner.
   */
  public static final String ERASED = "privacy.erased_learner";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String TX_KEYS = LearnerKeys.class.getName() + ".pending";
  private static final int MAX_CACHED = 50_000;

  private final JdbcTemplate jdbc;
  private final SecretKey master;
  private final long cacheMillis;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(SecretKey key, long until) {}

  public LearnerKeys(DataSource dataSource, SecretKey master, int cacheSeconds, Clock clock) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.master = master;
    this.cacheMillis = cacheSeconds * 1000L;
    this.clock = clock;
  }

  /** Creates the schema and table when missing (idempotent, safe when two processes race). */
  public void createSchema() {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = jdbc.getDataSource().getConnection();
          Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        s.execute("CREATE SCHEMA IF NOT EXISTS privacy");
        s.execute(
            "CREATE TABLE IF NOT EXISTS "
                + TABLE
                + " (learner_id text PRIMARY KEY, wrapped_key bytea NOT NULL,"
                + " created_at timestamptz NOT NULL DEFAULT now())");
        s.execute(
            "CREATE TABLE IF NOT EXISTS "
                + ERASED
                + " (learner_id text PRIMARY KEY, erased_at timestamptz NOT NULL DEFAULT now())");
        log.info("Learner key store ready");
        return;
      } catch (SQLException e) {
        // Two processes creating the schema at once: one sees a unique violation; retry once.
        if (attempt >= 3) {
          throw new IllegalStateException("cannot create the learner key table", e);
        }
      }
    }
  }

  /**
   * The learner's key, created when there is none yet (personal data recorded before the learner's
   * registration, e.g. imported out of order).
   *
   * @throws ErasedLearnerException when the learner was erased
   */
  public SecretKey keyFor(String learnerId) {
    Optional<SecretKey> key = find(learnerId);
    if (key.isPresent()) {
      return key.get();
    }
    if (isErased(learnerId)) {
      throw new ErasedLearnerException(learnerId);
    }
    return insert(learnerId);
  }

  /**
   * What {@link #keyFor} makes sure of, without unwrapping the key (a decryption per command when
   * the cache has gone cold, as an import's register amendments find it): the learner has a key,
   * created now when there is none.
   *
   * @throws ErasedLearnerException when the learner was erased
   */
  public void ensureKey(String learnerId) {
    Optional<SecretKey> known = knownHere(learnerId);
    if (known != null) {
      if (known.isEmpty()) {
        throw new ErasedLearnerException(learnerId);
      }
      return;
    }
    Boolean stored =
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM " + TABLE + " WHERE learner_id = ?)",
            Boolean.class,
            learnerId);
    if (Boolean.TRUE.equals(stored)) {
      return;
    }
    if (isErased(learnerId)) {
      throw new ErasedLearnerException(learnerId);
    }
    insert(learnerId);
  }

  /** Whether the learner's key was shredded. */
  public boolean isErased(String learnerId) {
    Map<String, SecretKey> pending = transactionKeys(false);
    if (pending != null && pending.containsKey(learnerId) && pending.get(learnerId) == null) {
      return true;
    }
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + ERASED + " WHERE learner_id = ?", Integer.class, learnerId);
    return n != null && n > 0;
  }

  /** The learner's key, creating it when there is none. */
  public SecretKey createIfAbsent(String learnerId) {
    Optional<SecretKey> existing = find(learnerId);
    return existing.isPresent() ? existing.get() : insert(learnerId);
  }

  /** A new key for the learner, or the one stored concurrently. */
  private SecretKey insert(String learnerId) {
    byte[] raw = new byte[MasterKey.KEY_BYTES];
    RANDOM.nextBytes(raw);
    SecretKey key = new SecretKeySpec(raw, "AES");
    int inserted =
        jdbc.update(
            "INSERT INTO "
                + TABLE
                + " (learner_id, wrapped_key) VALUES (?, ?)"
                + " ON CONFLICT (learner_id) DO NOTHING",
            learnerId,
            Gcm.encrypt(master, raw, aad(learnerId)));
    if (inserted == 0) {
      // created concurrently: use the stored one
      return find(learnerId).orElseThrow();
    }
    remember(learnerId, key);
    return key;
  }

  /**
   * What this node knows without the database: the key this transaction created, or empty when this
   * transaction shredded it; else a cached key still fresh. Null when the database must be asked
   * (an expired cache entry is dropped).
   */
  private Optional<SecretKey> knownHere(String learnerId) {
    Map<String, SecretKey> pending = transactionKeys(false);
    if (pending != null && pending.containsKey(learnerId)) {
      return Optional.ofNullable(pending.get(learnerId));
    }
    Cached cached = cache.get(learnerId);
    if (cached != null) {
      if (cached.until() > clock.millis()) {
        return Optional.of(cached.key());
      }
      cache.remove(learnerId, cached);
    }
    return null;
  }

  /** The learner's key; empty when none was created or it was shredded. */
  public Optional<SecretKey> find(String learnerId) {
    Optional<SecretKey> known = knownHere(learnerId);
    if (known != null) {
      return known;
    }
    List<byte[]> rows =
        jdbc.query(
            "SELECT wrapped_key FROM " + TABLE + " WHERE learner_id = ?",
            (rs, i) -> rs.getBytes(1),
            learnerId);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    SecretKey key = new SecretKeySpec(Gcm.decrypt(master, rows.get(0), aad(learnerId)), "AES");
    remember(learnerId, key);
    return Optional.of(key);
  }

  /**
   * Deletes the learner's key (crypto-shredding): whatever was sealed with it can no longer be
   * opened. Within a transaction the delete commits with it.
   *
   * @return whether a key existed
   */
  public boolean shred(String learnerId) {
    cache.remove(learnerId);
    Map<String, SecretKey> pending = transactionKeys(true);
    if (pending != null) {
      pending.put(learnerId, null);
    }
    int deleted = jdbc.update("DELETE FROM " + TABLE + " WHERE learner_id = ?", learnerId);
    jdbc.update(
        "INSERT INTO " + ERASED + " (learner_id) VALUES (?) ON CONFLICT (learner_id) DO NOTHING",
        learnerId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache.remove(learnerId);
            }
          });
    }
    return deleted > 0;
  }

  /** Drops the learner's key from this node's cache (another node shredded it). */
  public void forget(String learnerId) {
    cache.remove(learnerId);
  }

  /** How many keys are stored (operations, tests). */
  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE, Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Inside a transaction a key is remembered for that transaction only and enters the shared cache
   * once it has committed: a rolled-back key must never be used.
   */
  private void remember(String learnerId, SecretKey key) {
    Map<String, SecretKey> pending = transactionKeys(true);
    if (pending != null) {
      pending.put(learnerId, key);
      return;
    }
    cache(learnerId, key);
  }

  private void cache(String learnerId, SecretKey key) {
    if (cacheMillis <= 0) {
      return;
    }
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(learnerId, new Cached(key, clock.millis() + cacheMillis));
  }

  @SuppressWarnings("unchecked")
  private Map<String, SecretKey> transactionKeys(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, SecretKey> keys =
        (Map<String, SecretKey>) TransactionSynchronizationManager.getResource(TX_KEYS);
    if (keys == null && create) {
      Map<String, SecretKey> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(TX_KEYS, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              created.forEach(
                  (id, k) -> {
                    if (k != null) {
                      cache(id, k);
                    }
                  });
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(TX_KEYS);
            }
          });
      keys = created;
    }
    return keys;
  }

  private static byte[] aad(String learnerId) {
    return ("learner-key:" + learnerId).getBytes(StandardCharsets.UTF_8);
  }
}
