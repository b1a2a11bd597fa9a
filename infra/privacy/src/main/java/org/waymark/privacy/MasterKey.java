package org.waymark.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that wraps every learner key: given as configuration (base64 of 32 bytes), or kept in a
 * file generated once with owner-only permissions. Never logged.
 */
public final class MasterKey {
  private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

  /** AES-256. */
  static final int KEY_BYTES = 32;

  private MasterKey() {}

  /** The master key from {@code properties}: the configured value, else the file. */
  public static SecretKey from(PrivacyProperties properties) {
    if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
      return decode(properties.masterKey().strip(), "waymark.privacy.master-key");
    }
    Path file =
        properties.masterKeyFile() != null && !properties.masterKeyFile().isBlank()
            ? Path.of(properties.masterKeyFile())
            : defaultFile();
    return fromFile(file);
  }

  static Path defaultFile() {
    return Path.of(System.getProperty("java.io.tmpdir"), "waymark", "master.key");
  }

  /** Reads the key in {@code file}, generating it first when the file does not exist. */
  public static SecretKey fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      return decode(Files.readString(file).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the master key file " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    Path tmp = Files.createTempFile(dir, ".master", ".tmp");
    try {
      ownerOnly(tmp);
      Files.writeString(tmp, Base64.getEncoder().encodeToString(key));
      try {
        // No replace: a second process generating at the same moment keeps the first one's key.
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        log.warn(
            "Generated a new master key in {}: keep this file (and back it up) or every learner's"
                + " personal data becomes unreadable; set waymark.privacy.master-key in production",
            file);
      } catch (FileAlreadyExistsException raced) {
        // another process won; use its key
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      path.toFile().setReadable(false, false);
      path.toFile().setReadable(true, true);
      path.toFile().setWritable(false, false);
      path.toFile().setWritable(true, true);
    }
  }

  private static SecretKey decode(String base64, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the master key in " + where + " is not base64");
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalStateException(
          "the master key in " + where + " must be " + KEY_BYTES + " bytes, not " + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
