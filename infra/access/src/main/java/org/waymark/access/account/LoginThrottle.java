package org.waymark.access.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limiting of password logins: after {@code maxFailures} failed attempts within {@code window}
 * for one username, or {@code maxFailuresPerAddress} from one remote address, further attempts are
 * refused until the oldest failure leaves the window, whether the password is right or not. Keys
 * are kept in memory (one node's view; behind a load balancer each node limits on its own).
 */
public class LoginThrottle {
  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /**
   * @param maxFailures failures allowed per username within the window
   * @param maxFailuresPerAddress failures allowed per remote address (higher: many users may share
   *     one address behind a school's NAT)
   */
  public LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.window = window;
    this.clock = clock;
  }

  /** How long the caller must wait, when either key is locked out. */
  public Optional<Duration> blocked(String username, String remoteAddress) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(username, remoteAddress)) {
      Deque<Instant> q = failures.get(key);
      if (q == null) {
        continue;
      }
      synchronized (q) {
        prune(q, now);
        if (q.size() >= (key.startsWith("user:") ? maxFailures : maxFailuresPerAddress)) {
          Duration w = Duration.between(now, q.peekFirst().plus(window));
          wait = w.compareTo(wait) > 0 ? w : wait;
        }
      }
    }
    return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String remoteAddress) {
    Instant now = clock.instant();
    for (String key : keys(username, remoteAddress)) {
      Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (q) {
        prune(q, now);
        q.addLast(now);
      }
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> e.getValue().isEmpty());
    }
  }

  /** A success clears the username's failures (not the address's). */
  public void succeeded(String username) {
    failures.remove("user:" + username);
  }

  private void prune(Deque<Instant> q, Instant now) {
    Instant oldest = now.minus(window);
    while (!q.isEmpty() && !q.peekFirst().isAfter(oldest)) {
      q.removeFirst();
    }
  }

  private static String[] keys(String username, String remoteAddress) {
    return new String[] {
      "user:" + (username == null ? "" : username),
      "addr:" + (remoteAddress == null ? "" : remoteAddress)
    };
  }
}
