package org.waymark.query.review;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.waymark.analytics.review.ReviewPolicy;

/**
 * How recent a learner's latest review must be to count as current (CONTRACT.md "Definitions",
 * "Reviews": 42 days, "configurable per provider").
 *
 * <pre>
 * waymark.query.reviews.window-days: 42
 * waymark.query.reviews.window-days-by-provider[P-07]: 28
 * </pre>
 *
 * (Brackets keep a provider id exactly as written.)
 *
 * @param windowDays the window of providers without their own
 * @param windowDaysByProvider each provider's own window, by provider id
 */
@ConfigurationProperties("waymark.query.reviews")
public record ReviewProperties(
    @DefaultValue("" + ReviewPolicy.DEFAULT_WINDOW_DAYS) int windowDays,
    Map<String, Integer> windowDaysByProvider) {

  public ReviewProperties {
    windowDaysByProvider =
        windowDaysByProvider == null ? Map.of() : Map.copyOf(windowDaysByProvider);
  }

  /** The analytics policy these settings describe. */
  public ReviewPolicy policy() {
    return new ReviewPolicy(windowDays, windowDaysByProvider);
  }
}
