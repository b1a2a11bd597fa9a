package org.waymark.infra.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random streams of the generator: one {@link SplittableRandom} per concern, each seeded from
 * the spec's seed through a SplitMix64 finaliser so that the streams are unrelated, and the few
 * distributions the model needs written out here (not {@code RandomGenerator}'s defaults, whose
 * algorithm a future JDK may change) so that a seed gives the same bytes on every JDK.
 */
final class Rng {
  /** The concerns; each draws from its own stream so that changing one leaves the others alone. */
  enum Concern {
    PROVIDERS,
    LEARNERS,
    ABSENCE_MODEL,
    PLACEMENTS,
    ATTENDANCE,
    AMENDMENTS,
    ASSESSMENTS,
    TARGETS,
    REVIEWS,
    QA
  }

  private final SplittableRandom random;

  private Rng(SplittableRandom random) {
    this.random = random;
  }

  static Rng of(long seed, Concern concern) {
    return new Rng(
        new SplittableRandom(mix64(seed + 0x9E3779B97F4A7C15L * (concern.ordinal() + 1))));
  }

  /** The SplitMix64 finaliser (Steele, Lea and Flood 2014). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  double uniform() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Uniform in [0, bound). */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform in [from, to] inclusive. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** Standard normal by the Marsaglia polar method. */
  double gaussian() {
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  /** Exponential with the given mean, by inversion. */
  double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to {@code weights[i]}. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Shuffles {@code items} in place (Fisher-Yates). */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }
}
