package org.waymark.query.erasure;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.waymark.privacy.ErasedLearnerException;
import org.waymark.privacy.LearnerKeys;
import org.waymark.privacy.PersonalData;

/** {@link PersonalData} for projector unit tests: real AES-GCM with keys in a map, no database. */
public final class TestPersonalData {
  private TestPersonalData() {}

  /** Seals nothing and opens nothing: events compare as plain values in given/expect tests. */
  public static PersonalData plain() {
    return new PersonalData(new MapKeys()) {
      @Override
      public String seal(String learnerId, String plaintext) {
        return plaintext;
      }
    };
  }

  /** Real sealing with keys in memory; {@code keys()} shreds. */
  public static PersonalData sealing() {
    return new PersonalData(new MapKeys());
  }

  /** Learner keys in a map. */
  public static final class MapKeys extends LearnerKeys {
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final Set<String> erased = new HashSet<>();

    MapKeys() {
      super(new SimpleDriverDataSource(), key(), 0, Clock.systemUTC());
    }

    @Override
    public void ensureKey(String learnerId) {

      keyFor(learnerId);
    }

    @Override
    public SecretKey keyFor(String learnerId) {
      if (erased.contains(learnerId)) {
        throw new ErasedLearnerException(learnerId);
      }
      return createIfAbsent(learnerId);
    }

    @Override
    public SecretKey createIfAbsent(String learnerId) {
      return keys.computeIfAbsent(learnerId, id -> key());
    }

    @Override
    public Optional<SecretKey> find(String learnerId) {
      return Optional.ofNullable(keys.get(learnerId));
    }

    @Override
    public boolean isErased(String learnerId) {
      return erased.contains(learnerId);
    }

    @Override
    public boolean shred(String learnerId) {
      erased.add(learnerId);
      return keys.remove(learnerId) != null;
    }

    private static SecretKey key() {
      byte[] raw = new byte[32];
      new SecureRandom().nextBytes(raw);
      return new SecretKeySpec(raw, "AES");
    }
  }
}
