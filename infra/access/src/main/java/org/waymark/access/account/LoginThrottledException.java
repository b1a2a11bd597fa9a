package org.waymark.access.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username or address: answered 429 with Retry-After. */
public class LoginThrottledException extends AuthenticationException {
  private final Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
