package org.waymark.analytics.equality;

/**
 * The few special functions the significance tests need, written out so that the module depends on
 * nothing: the log-gamma function (Lanczos approximation, g = 7, n = 9; relative error about
 * 1e-15), log-factorials, and the standard normal two-sided tail through the complementary error
 * function (Chebyshev fit of Numerical Recipes §6.2, fractional error below 1.2e-7).
 */
public final class Statistics {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final int TABLE = 1024;
  private static final double[] LOG_FACTORIAL = new double[TABLE];

  static {
    for (int i = 1; i < TABLE; i++) {
      LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
    }
  }

  private Statistics() {}

  /** ln Γ(x) for x ≥ 0.5. */
  public static double logGamma(double x) {
    if (x < 0.5) {
      throw new IllegalArgumentException("logGamma needs x >= 0.5, was " + x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < 9; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** ln n! (exact sums below 1024, log-gamma above). */
  public static double logFactorial(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("factorial of a negative number: " + n);
    }
    return n < TABLE ? LOG_FACTORIAL[(int) n] : logGamma(n + 1.0);
  }

  /** ln C(n, k). */
  public static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  /** The complementary error function erfc(x). */
  public static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double ans =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? ans : 2.0 - ans;
  }

  /** P(|Z| ≥ |z|) for a standard normal Z. */
  public static double twoSidedNormalP(double z) {
    return Math.min(1.0, erfc(Math.abs(z) / Math.sqrt(2.0)));
  }

  /**
   * The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz
   * method, Numerical Recipes §6.4); a ≥ 0.5 and b ≥ 0.5.
   */
  public static double regularizedIncompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaContinuedFraction(x, a, b) / a;
    }
    return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
  }

  private static double betaContinuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 500; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /**
   * P(|T| ≥ |t|) for Student's t with {@code df} ≥ 1 degrees of freedom (not necessarily whole).
   */
  public static double twoSidedStudentP(double t, double df) {
    return Math.min(1.0, regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5));
  }
}
