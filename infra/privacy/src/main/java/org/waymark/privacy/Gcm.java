package org.waymark.privacy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES/GCM/NoPadding with a random 12-byte IV prefixed to the ciphertext and a 128-bit tag.
 *
 * <p>Each thread keeps one {@link Cipher} and initialises it afresh (key, IV, mode) for every
 * operation: {@code Cipher.getInstance} looks the provider up each time, which was about 5% of an
 * import thread's samples, where the initialisation is what an operation needs. A {@code Cipher} is
 * not thread-safe, so it is never shared between threads.
 */
final class Gcm {
  static final int IV_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance(TRANSFORMATION);
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException(TRANSFORMATION + " is not available", e);
            }
          });

  private Gcm() {}

  /** {@code iv ‖ ciphertext ‖ tag}. */
  static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] aad) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * The plaintext of {@code ivAndCiphertext}.
   *
   * @throws TamperedValueException when the tag does not verify (wrong key, other AAD, altered
   *     bytes)
   */
  static byte[] decrypt(SecretKey key, byte[] ivAndCiphertext, byte[] aad) {
    if (ivAndCiphertext.length < IV_BYTES + TAG_BITS / 8) {
      throw new TamperedValueException("sealed value too short");
    }
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndCiphertext, 0, IV_BYTES));
      cipher.updateAAD(aad);
      return cipher.doFinal(ivAndCiphertext, IV_BYTES, ivAndCiphertext.length - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new TamperedValueException("authentication tag does not verify");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }
}
