package org.waymark.access.account;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.waymark.access.Role;
import org.waymark.access.WaymarkUser;

/**
 * CONTRACT.md "Running the all-in-one": when there is no account at all, creates {@code admin}
 * (ADMIN, every provider) with the password {@code WAYMARK_BOOTSTRAP_ADMIN_PASSWORD}, or with a
 * generated one printed once to standard output (never to the log). Later starts find accounts and
 * do nothing.
 */
public class BootstrapAdmin {
  private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
  public static final String USERNAME = "admin";
  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final PrintStream out;
  private volatile String createdPassword;

  public BootstrapAdmin(UserAccounts accounts, PasswordEncoder encoder, PrintStream out) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.out = out;
  }

  /**
   * @param configured the configured password, or blank to generate one
   * @return whether the account was created by this call
   */
  public boolean ensure(String configured) {
    if (accounts.count() > 0) {
      return false;
    }
    boolean generated = configured == null || configured.isBlank();
    String password = generated ? generate() : configured;
    WaymarkUser admin = new WaymarkUser(USERNAME, EnumSet.of(Role.ADMIN), Set.of());
    if (!accounts.createFirst(admin, encoder.encode(password))) {
      return false;
    }
    log.info("Created the bootstrap account '{}' (ADMIN, every provider)", USERNAME);
    createdPassword = password;
    if (generated) {
      out.printf(
          "%n  Bootstrap account created: username %s, password %s%n"
              + "  It is shown only this once. Set WAYMARK_BOOTSTRAP_ADMIN_PASSWORD to choose it"
              + " on a fresh data directory.%n%n",
          USERNAME, password);
      out.flush();
    }
    return true;
  }

  /**
   * The password of the account this process created, once (for the launcher, which loads the demo
   * with it); empty afterwards, and when this process created none.
   */
  public java.util.Optional<String> takeCreatedPassword() {
    String p = createdPassword;
    createdPassword = null;
    return java.util.Optional.ofNullable(p);
  }

  /** A random password: 20 letters and digits in groups of five. */
  public static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        b.append('-');
      }
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }
}
