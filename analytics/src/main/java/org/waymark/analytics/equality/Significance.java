package org.waymark.analytics.equality;

import org.waymark.analytics.Rates;

/**
 * Compares a group's proportion with the rest of its cohort: the relative-risk ratio and a
 * two-sided significance test at the 5% level.
 *
 * <p>The test follows the usual rule for 2×2 tables (Cochran's rule, as in the ONS and DfE guidance
 * on comparing groups): the pooled two-proportion z-test when every expected count is at least 5,
 * otherwise Fisher's exact test (two-sided: the sum of the probabilities of every table with the
 * same margins no more likely than the one observed).
 */
public final class Significance {
  /** The significance level: a p-value below it is flagged significant. */
  public static final double ALPHA = 0.05;

  private static final double RELATIVE_TOLERANCE = 1e-7;

  private Significance() {}

  /**
   * @param rate the rate's name, carried into the result
   * @param a the group's events (numerator)
   * @param n1 the group's denominator
   * @param c the rest's events
   * @param n2 the rest's denominator
   */
  public static RateComparison compare(String rate, long a, long n1, long c, long n2) {
    if (a < 0 || c < 0 || a > n1 || c > n2) {
      throw new IllegalArgumentException(
          rate + ": impossible counts " + a + "/" + n1 + " against " + c + "/" + n2);
    }
    Double groupRate = Rates.percent(a, n1);
    Double restRate = Rates.percent(c, n2);
    Double rr =
        groupRate == null || restRate == null || restRate == 0.0 ? null : groupRate / restRate;
    if (n1 == 0 || n2 == 0) {
      return new RateComparison(rate, a, n1, c, n2, groupRate, restRate, rr, null, null, false);
    }
    long n = n1 + n2;
    long events = a + c;
    long nonEvents = n - events;
    double minExpected =
        Math.min(Math.min(n1, n2) * (double) events, Math.min(n1, n2) * (double) nonEvents) / n;
    StatisticalTest test;
    double p;
    if (minExpected < 5.0) {
      test = StatisticalTest.FISHER_EXACT;
      p = fisherTwoSided(a, n1, events, n);
    } else {
      test = StatisticalTest.TWO_PROPORTION_Z;
      double p1 = (double) a / n1;
      double p2 = (double) c / n2;
      double pooled = (double) events / n;
      double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
      p = Statistics.twoSidedNormalP((p1 - p2) / se);
    }
    return new RateComparison(rate, a, n1, c, n2, groupRate, restRate, rr, test, p, p < ALPHA);
  }

  /**
   * Two-sided Fisher's exact test of the 2×2 table with the group's {@code a} events of {@code n1},
   * {@code events} events in all and {@code n} in all.
   */
  public static double fisherTwoSided(long a, long n1, long events, long n) {
    long lo = Math.max(0, n1 + events - n);
    long hi = Math.min(n1, events);
    double logDenominator = Statistics.logChoose(n, n1);
    double observed = logHypergeometric(a, n1, events, n, logDenominator);
    double p = 0;
    for (long x = lo; x <= hi; x++) {
      double lp = logHypergeometric(x, n1, events, n, logDenominator);
      if (lp <= observed + RELATIVE_TOLERANCE) {
        p += Math.exp(lp);
      }
    }
    return Math.min(1.0, p);
  }

  private static double logHypergeometric(long x, long n1, long events, long n, double logDen) {
    return Statistics.logChoose(events, x) + Statistics.logChoose(n - events, n1 - x) - logDen;
  }

  /**
   * Two-sided test of {@code x} events in {@code n} trials against a benchmark proportion {@code
   * p0} (0..1): one-proportion z-test when n·p₀ and n·(1−p₀) are both at least 5, otherwise the
   * exact binomial test. Returns {@code null} when {@code n} is 0.
   */
  public static TestResult againstBenchmark(long x, long n, double p0) {
    if (x < 0 || x > n || p0 < 0 || p0 > 1 || Double.isNaN(p0)) {
      throw new IllegalArgumentException(
          "impossible benchmark test: " + x + " of " + n + " against " + p0);
    }
    if (n == 0) {
      return null;
    }
    if (n * p0 >= 5 && n * (1 - p0) >= 5) {
      double z = (x - n * p0) / Math.sqrt(n * p0 * (1 - p0));
      return new TestResult(StatisticalTest.ONE_PROPORTION_Z, Statistics.twoSidedNormalP(z));
    }
    return new TestResult(StatisticalTest.EXACT_BINOMIAL, binomialTwoSided(x, n, p0));
  }

  /** Two-sided exact binomial test: the total probability of outcomes no more likely than x. */
  public static double binomialTwoSided(long x, long n, double p0) {
    if (p0 == 0.0) {
      return x == 0 ? 1.0 : 0.0;
    }
    if (p0 == 1.0) {
      return x == n ? 1.0 : 0.0;
    }
    double lp0 = Math.log(p0);
    double lq0 = Math.log1p(-p0);
    double observed = Statistics.logChoose(n, x) + x * lp0 + (n - x) * lq0;
    double p = 0;
    for (long k = 0; k <= n; k++) {
      double lp = Statistics.logChoose(n, k) + k * lp0 + (n - k) * lq0;
      if (lp <= observed + RELATIVE_TOLERANCE) {
        p += Math.exp(lp);
      }
    }
    return Math.min(1.0, p);
  }

  /**
   * Compares a group's mean with the rest of the cohort's by Welch's unequal-variances t-test
   * (two-sided, 5%), from counts, sums and sums of squares so that a read model can keep them. The
   * test needs at least two values on each side and some spread; otherwise only the means and their
   * difference are given.
   *
   * @param measure the measure's name, carried into the result
   */
  public static MeanComparison compareMeans(
      String measure, long n1, double sum1, double sumSq1, long n2, double sum2, double sumSq2) {
    if (n1 < 0 || n2 < 0) {
      throw new IllegalArgumentException(measure + ": negative counts " + n1 + ", " + n2);
    }
    Double m1 = Rates.mean(sum1, n1);
    Double m2 = Rates.mean(sum2, n2);
    Double sd1 = n1 < 2 ? null : Math.sqrt(variance(n1, sum1, sumSq1));
    Double sd2 = n2 < 2 ? null : Math.sqrt(variance(n2, sum2, sumSq2));
    Double difference = m1 == null || m2 == null ? null : m1 - m2;
    if (sd1 == null || sd2 == null) {
      return new MeanComparison(
          measure, n1, m1, sd1, n2, m2, sd2, difference, null, null, null, false);
    }
    double a = sd1 * sd1 / n1;
    double b = sd2 * sd2 / n2;
    double se2 = a + b;
    if (se2 <= 0) {
      return new MeanComparison(
          measure, n1, m1, sd1, n2, m2, sd2, difference, null, null, null, false);
    }
    double t = difference / Math.sqrt(se2);
    double df = se2 * se2 / (a * a / (n1 - 1) + b * b / (n2 - 1));
    double p = Statistics.twoSidedStudentP(t, df);
    return new MeanComparison(measure, n1, m1, sd1, n2, m2, sd2, difference, t, df, p, p < ALPHA);
  }

  private static double variance(long n, double sum, double sumSq) {
    return Math.max(0.0, (sumSq - sum * sum / n) / (n - 1));
  }
}
