package org.waymark.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class GcmTest {
  static final byte[] AAD = "learner:L-1".getBytes(StandardCharsets.UTF_8);

  static SecretKey key() throws Exception {
    KeyGenerator g = KeyGenerator.getInstance("AES");
    g.init(256);
    return g.generateKey();
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void oneThreadSealsAndOpensWithDifferentKeysInTurn() throws Exception {
    SecretKey a = key();
    SecretKey b = key();
    byte[] sealedA = Gcm.encrypt(a, text("reading age 9"), AAD);
    byte[] sealedB = Gcm.encrypt(b, text("dentist"), AAD);
    byte[] sealedA2 = Gcm.encrypt(a, text("reading age 9"), AAD);

    assertThat(sealedA2).as("a fresh IV each time").isNotEqualTo(sealedA);
    assertThat(Gcm.decrypt(b, sealedB, AAD)).isEqualTo(text("dentist"));
    assertThat(Gcm.decrypt(a, sealedA, AAD)).isEqualTo(text("reading age 9"));
    assertThat(Gcm.decrypt(a, sealedA2, AAD)).isEqualTo(text("reading age 9"));
    assertThatThrownBy(() -> Gcm.decrypt(b, sealedA, AAD))
        .isInstanceOf(TamperedValueException.class);
  }

  @Test
  void aValueThatFailsToOpenLeavesTheThreadAbleToSealAndOpen() throws Exception {
    SecretKey k = key();
    byte[] sealed = Gcm.encrypt(k, text("ill"), AAD);
    byte[] altered = sealed.clone();
    altered[altered.length - 1] ^= 1;

    assertThatThrownBy(() -> Gcm.decrypt(k, altered, AAD))
        .isInstanceOf(TamperedValueException.class);
    assertThatThrownBy(() -> Gcm.decrypt(k, sealed, text("learner:L-2")))
        .as("another learner's AAD")
        .isInstanceOf(TamperedValueException.class);

    assertThat(Gcm.decrypt(k, sealed, AAD)).isEqualTo(text("ill"));
    assertThat(Gcm.decrypt(k, Gcm.encrypt(k, text("ok"), AAD), AAD)).isEqualTo(text("ok"));
  }

  @Test
  void threadsSealAndOpenAtTheSameTimeWithoutMixingUp() throws Exception {
    SecretKey k = key();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String prefix = "thread " + t + " value ";
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    byte[] plain = text(prefix + i);
                    if (!java.util.Arrays.equals(
                        Gcm.decrypt(k, Gcm.encrypt(k, plain, AAD), AAD), plain)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
