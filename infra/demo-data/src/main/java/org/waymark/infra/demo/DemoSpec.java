package org.waymark.infra.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the seed every random stream is derived from, how many learners and providers,
 * and the period {@code from..to} (inclusive) the registers, assessments, targets, reviews and QA
 * visits fall in.
 *
 * @param seed the same seed and the same other values give byte-identical files
 * @param learners at least 1
 * @param providers at least 5, so that every kind of provider is present (schools, one college, one
 *     work-based learning provider, registered and unregistered alternative provision)
 */
public record DemoSpec(long seed, int learners, int providers, LocalDate from, LocalDate to) {

  /** The smallest number of providers that still holds every kind. */
  public static final int MIN_PROVIDERS = 5;

  public DemoSpec {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (learners < 1) {
      throw new IllegalArgumentException("learners must be at least 1, was " + learners);
    }
    if (providers < MIN_PROVIDERS) {
      throw new IllegalArgumentException(
          "providers must be at least " + MIN_PROVIDERS + ", was " + providers);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
  }

  /** The dataset the all-in-one loads: 2,000 learners, 8 providers, autumn term 2025. */
  public static DemoSpec demo() {
    return new DemoSpec(20250901L, 2_000, 8, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19));
  }

  /**
   * A local authority's year: 25,000 learners, 40 providers, academic year 2025/26 (about 9.5
   * million attendance marks).
   */
  public static DemoSpec localAuthority() {
    return new DemoSpec(20250901L, 25_000, 40, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 22));
  }

  /** The same spec with another seed. */
  public DemoSpec withSeed(long newSeed) {
    return new DemoSpec(newSeed, learners, providers, from, to);
  }

  /** The same spec with another number of learners. */
  public DemoSpec withLearners(int newLearners) {
    return new DemoSpec(seed, newLearners, providers, from, to);
  }
}
