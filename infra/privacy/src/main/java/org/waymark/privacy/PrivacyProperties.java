package org.waymark.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the privacy module ({@code waymark.privacy.*}).
 *
 * @param masterKey the master key that wraps every learner key: base64 of 32 bytes, from the
 *     environment; when absent, {@code masterKeyFile} is used
 * @param masterKeyFile where the master key is kept when {@code masterKey} is not given: read if
 *     present, else generated on first start (owner-only permissions); default {@code
 *     <java.io.tmpdir>/waymark/master.key}
 * @param keyCacheSeconds how long an unwrapped learner key may stay in memory (0: not at all)
 * @param keyStoreUrl JDBC URL of the database holding the key table when it is not the
 *     application's own (a query side with its own database reads the command side's keys); empty:
 *     the application's DataSource
 * @param keyStoreUsername user for {@code keyStoreUrl}
 * @param keyStorePassword password for {@code keyStoreUrl}
 */
@ConfigurationProperties("waymark.privacy")
public record PrivacyProperties(
    String masterKey,
    String masterKeyFile,
    Integer keyCacheSeconds,
    String keyStoreUrl,
    String keyStoreUsername,
    String keyStorePassword) {

  /** Seconds an unwrapped key stays cached unless configured. */
  public static final int DEFAULT_KEY_CACHE_SECONDS = 30;

  public int keyCacheSecondsOrDefault() {
    return keyCacheSeconds == null ? DEFAULT_KEY_CACHE_SECONDS : Math.max(0, keyCacheSeconds);
  }
}
