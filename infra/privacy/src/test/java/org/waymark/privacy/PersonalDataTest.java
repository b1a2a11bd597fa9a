package org.waymark.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class PersonalDataTest {

  /** Keys in a map instead of PostgreSQL: the cipher's behaviour only. */
  static final class MapKeys extends LearnerKeys {
    final Map<String, SecretKey> keys = new HashMap<>();
    final java.util.Set<String> erased = new java.util.HashSet<>();

    MapKeys() {
      super(new SimpleDriverDataSource(), key(), 0, Clock.systemUTC());
    }

    @Override
    public SecretKey createIfAbsent(String learnerId) {
      return keys.computeIfAbsent(learnerId, id -> key());
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
    public Optional<SecretKey> find(String learnerId) {
      return Optional.ofNullable(keys.get(learnerId));
    }

    @Override
    public boolean shred(String learnerId) {
      erased.add(learnerId);
      return keys.remove(learnerId) != null;
    }
  }

  static SecretKey key() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return new SecretKeySpec(raw, "AES");
  }

  final MapKeys keys = new MapKeys();
  final PersonalData data = new PersonalData(keys);

  @Test
  void aSealedValueOpensToItsPlaintextAndDoesNotContainIt() {
    keys.createIfAbsent("L-1");
    String sealed = data.seal("L-1", "Ada Lovelace");

    assertThat(sealed).startsWith(PersonalData.PREFIX).doesNotContain("Ada").doesNotContain("Love");
    assertThat(PersonalData.isSealed(sealed)).isTrue();
    assertThat(data.open("L-1", sealed)).isEqualTo(new PersonalData.Opened("Ada Lovelace", false));
  }

  @Test
  void sealingTheSameTextTwiceGivesDifferentValues() {
    keys.createIfAbsent("L-1");
    assertThat(data.seal("L-1", "same")).isNotEqualTo(data.seal("L-1", "same"));
  }

  @Test
  void nullStaysNullAndPlainValuesPassThrough() {
    keys.createIfAbsent("L-1");
    assertThat(data.seal("L-1", null)).isNull();
    assertThat(data.open("L-1", null).text()).isNull();
    assertThat(data.open("L-1", null).erased()).isFalse();
    assertThat(data.open("L-1", "legacy text"))
        .isEqualTo(new PersonalData.Opened("legacy text", false));
    assertThat(data.open("L-unknown", "legacy text").text()).isEqualTo("legacy text");
  }

  @Test
  void aValueMovedToAnotherLearnerDoesNotOpenEvenWithTheSameKey() {
    SecretKey shared = keys.createIfAbsent("L-1");
    keys.keys.put("L-2", shared);
    String sealed = data.seal("L-1", "secret");

    assertThatThrownBy(() -> data.open("L-2", sealed)).isInstanceOf(TamperedValueException.class);
  }

  @Test
  void aValueSealedWithAnotherLearnersKeyDoesNotOpen() {
    keys.createIfAbsent("L-1");
    keys.createIfAbsent("L-2");
    String sealed = data.seal("L-2", "secret");

    assertThatThrownBy(() -> data.open("L-1", sealed)).isInstanceOf(TamperedValueException.class);
  }

  @Test
  void anAlteredValueDoesNotOpen() {
    keys.createIfAbsent("L-1");
    String sealed = data.seal("L-1", "secret text");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(PersonalData.PREFIX.length()));
    bytes[bytes.length / 2] ^= 1;
    String altered = PersonalData.PREFIX + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> data.open("L-1", altered)).isInstanceOf(TamperedValueException.class);
    assertThatThrownBy(() -> data.open("L-1", PersonalData.PREFIX + "!!"))
        .isInstanceOf(TamperedValueException.class);
  }

  @Test
  void onceTheKeyIsShreddedEverySealedValueOpensAsErased() {
    keys.createIfAbsent("L-1");
    String sealed = data.seal("L-1", "Ada");
    assertThat(keys.shred("L-1")).isTrue();

    assertThat(data.open("L-1", sealed)).isEqualTo(new PersonalData.Opened(null, true));
    assertThat(data.openOrNull("L-1", sealed)).isNull();
    assertThat(keys.shred("L-1")).isFalse();
  }

  @Test
  void sealingForAnErasedLearnerIsRefused() {
    keys.createIfAbsent("L-9");
    keys.shred("L-9");
    assertThatThrownBy(() -> data.seal("L-9", "text")).isInstanceOf(ErasedLearnerException.class);
  }
}
