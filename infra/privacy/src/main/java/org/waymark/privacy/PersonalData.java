package org.waymark.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Seals and opens personal text with its learner's key. A sealed value is self-describing: {@value
 * #PREFIX}{@code <base64(iv ‖ ciphertext ‖ tag)>}, AES/GCM/NoPadding with a random 12-byte IV and a
 * 128-bit tag, the learner id as associated data so a value cannot be moved to another learner.
 * Once the learner's key is {@linkplain LearnerKeys#shred shredded}, every value sealed with it
 * opens as {@linkplain Opened#erased() erased}.
 */
public class PersonalData {
  /** What every sealed value starts with. */
  public static final String PREFIX = "wmenc:v1:";

  private final LearnerKeys keys;

  public PersonalData(LearnerKeys keys) {
    this.keys = keys;
  }

  /** The key store behind this cipher. */
  public LearnerKeys keys() {
    return keys;
  }

  /**
   * Makes sure personal data may be recorded about the learner: creates their key when they have
   * none yet (and unwraps none: {@link LearnerKeys#ensureKey}).
   *
   * @throws ErasedLearnerException when the learner was erased
   */
  public void checkNotErased(String learnerId) {
    keys.ensureKey(learnerId);
  }

  /** Whether the learner was erased (their key shredded). */
  public boolean isErased(String learnerId) {
    return keys.isErased(learnerId);
  }

  /**
   * Shreds the learner's key (see {@link LearnerKeys#shred}).
   *
   * @return whether a key existed
   */
  public boolean shred(String learnerId) {
    return keys.shred(learnerId);
  }

  /** Whether {@code value} is a sealed value (of any learner). */
  public static boolean isSealed(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  /**
   * {@code plaintext} sealed with the learner's key; {@code null} stays {@code null}, and an
   * already sealed value is returned as it is.
   *
   * @throws ErasedLearnerException when the learner was erased
   */
  public String seal(String learnerId, String plaintext) {
    if (plaintext == null || isSealed(plaintext)) {
      return plaintext;
    }
    return seal(keys.keyFor(learnerId), learnerId, plaintext);
  }

  /** As {@link #seal(String, String)} with the key in hand (e.g. just created). */
  public static String seal(SecretKey key, String learnerId, String plaintext) {
    if (plaintext == null || isSealed(plaintext)) {
      return plaintext;
    }
    byte[] sealed = Gcm.encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8), aad(learnerId));
    return PREFIX + Base64.getEncoder().encodeToString(sealed);
  }

  /**
   * What {@code value} says: a plain value (not sealed: legacy data, tests) as it is; a sealed one
   * opened with the learner's key; erased when the key has been shredded.
   *
   * @throws TamperedValueException when a sealed value does not authenticate
   */
  public Opened open(String learnerId, String value) {
    if (value == null) {
      return Opened.NULL;
    }
    if (!isSealed(value)) {
      return new Opened(value, false);
    }
    Optional<SecretKey> key = keys.find(learnerId);
    if (key.isEmpty()) {
      return Opened.ERASED;
    }
    return new Opened(open(key.get(), learnerId, value), false);
  }

  /** The text of {@code value}, or {@code null} when it is null or erased. */
  public String openOrNull(String learnerId, String value) {
    return open(learnerId, value).text();
  }

  static String open(SecretKey key, String learnerId, String sealedValue) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealedValue.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new TamperedValueException("sealed value is not base64");
    }
    return new String(Gcm.decrypt(key, bytes, aad(learnerId)), StandardCharsets.UTF_8);
  }

  private static byte[] aad(String learnerId) {
    return ("learner:" + learnerId).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An opened value.
   *
   * @param text the plaintext; {@code null} when the value was null or is erased
   * @param erased whether the value was sealed with a key that no longer exists
   */
  public record Opened(String text, boolean erased) {
    static final Opened NULL = new Opened(null, false);
    static final Opened ERASED = new Opened(null, true);
  }
}
