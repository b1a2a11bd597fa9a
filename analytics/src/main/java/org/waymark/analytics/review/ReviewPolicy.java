package org.waymark.analytics.review;

import java.util.Map;

/**
 * How recent a learner's latest review must be to count as current (CONTRACT.md "Definitions",
 * "Reviews": "no more than 42 days before d (configurable per provider)"; seed 001 and seed 004:
 * reviews are typically half-termly, about six weeks).
 *
 * @param defaultWindowDays the window of providers without their own, normally {@value
 *     #DEFAULT_WINDOW_DAYS}
 * @param windowDaysByProvider each provider's own window, by provider id
 */
public record ReviewPolicy(int defaultWindowDays, Map<String, Integer> windowDaysByProvider) {
  /** The window of CONTRACT.md: 42 days, six weeks, a half-term. */
  public static final int DEFAULT_WINDOW_DAYS = 42;

  /** 42 days for every provider. */
  public static final ReviewPolicy DEFAULT = new ReviewPolicy(DEFAULT_WINDOW_DAYS, Map.of());

  public ReviewPolicy {
    windowDaysByProvider = Map.copyOf(windowDaysByProvider);
    if (defaultWindowDays < 0 || windowDaysByProvider.values().stream().anyMatch(d -> d < 0)) {
      throw new IllegalArgumentException("a review window cannot be negative");
    }
  }

  /** The window that applies to a provider's learners. */
  public int windowDays(String providerId) {
    return windowDaysByProvider.getOrDefault(providerId, defaultWindowDays);
  }
}
