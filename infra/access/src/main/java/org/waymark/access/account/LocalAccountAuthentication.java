package org.waymark.access.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.waymark.access.WaymarkAuthentication;
import org.waymark.access.WaymarkUser;

/**
 * Authenticates a username and password (HTTP Basic or the login form) against {@link
 * UserAccounts}, rate-limited by {@link LoginThrottle}.
 *
 * <p>A password hash is deliberately slow (bcrypt, ~0.1 s), and HTTP Basic clients send the
 * password with every request, so a verified password is remembered for {@code cacheFor} as a
 * salted SHA-256 digest (salt random per process; the password itself is never kept). Changing or
 * deleting an account forgets its entry at once on this node.
 */
public class LocalAccountAuthentication implements AuthenticationProvider {
  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final Clock clock;
  private final Duration cacheFor;
  private final byte[] salt = new byte[16];
  private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

  /** Checked against when the username is unknown, so both answers take as long. */
  private final String unknownUserHash;

  private record Remembered(String digest, WaymarkUser user, Instant until) {}

  public LocalAccountAuthentication(
      UserAccounts accounts,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      Clock clock,
      Duration cacheFor) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.throttle = throttle;
    this.clock = clock;
    this.cacheFor = cacheFor;
    SecureRandom random = new SecureRandom();
    random.nextBytes(salt);
    byte[] decoy = new byte[24];
    random.nextBytes(decoy);
    this.unknownUserHash = encoder.encode(HexFormat.of().formatHex(decoy));
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = request.getName();
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    String address =
        request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    Optional<Duration> wait = throttle.blocked(username, address);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    String digest = digest(username, password);
    Remembered r = verified.get(username);
    if (r != null && r.digest().equals(digest) && clock.instant().isBefore(r.until())) {
      return new WaymarkAuthentication(r.user(), request.getDetails());
    }
    Optional<Account> account = accounts.find(username);
    boolean matches =
        encoder.matches(password, account.map(Account::passwordHash).orElse(unknownUserHash));
    if (account.isEmpty() || !matches) {
      throttle.failed(username, address);
      throw new BadCredentialsException("Bad credentials");
    }
    throttle.succeeded(username);
    WaymarkUser user = account.get().user();
    verified.put(username, new Remembered(digest, user, clock.instant().plus(cacheFor)));
    return new WaymarkAuthentication(user, request.getDetails());
  }

  /** Forgets a remembered password check (the account changed or was deleted). */
  public void forget(String username) {
    verified.remove(username);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String digest(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
