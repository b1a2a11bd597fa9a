package org.waymark.analytics.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Relative risk and significance of a group against the rest of its cohort (issue 4, "Breakdowns
 * and equality"): two-proportion z-test at 5%, Fisher's exact test when an expected count is below
 * 5. Reference values computed independently (exact binomial coefficients, R's fisher.test).
 */
class GroupComparisonTest {

  @Test
  void usesTheTwoProportionZTestWhenEveryExpectedCountIsAtLeastFive() {
    // 30 of 100 against 15 of 100: pooled p = 0.225; se = sqrt(0.225 × 0.775 × 0.02) = 0.059055;
    // z = 0.15 / 0.059055 = 2.5400; two-sided p = 0.011085. Relative risk 30% / 15% = 2.
    RateComparison c = Significance.compare("rate", 30, 100, 15, 100);

    assertThat(c.test()).isEqualTo(StatisticalTest.TWO_PROPORTION_Z);
    assertThat(c.groupRate()).isEqualTo(30.0);
    assertThat(c.restRate()).isEqualTo(15.0);
    assertThat(c.relativeRisk()).isEqualTo(2.0);
    assertThat(c.pValue()).isCloseTo(0.011085, within(1e-6));
    assertThat(c.significant()).isTrue();
  }

  @Test
  void usesFishersExactTestWhenAnExpectedCountIsBelowFive() {
    // Fisher's tea-tasting table [[3, 1], [1, 3]]: expected counts 2; two-sided p = 0.4857
    // (= 34 / 70). Not significant although the rates are 75% and 25%.
    RateComparison c = Significance.compare("rate", 3, 4, 1, 4);

    assertThat(c.test()).isEqualTo(StatisticalTest.FISHER_EXACT);
    assertThat(c.pValue()).isCloseTo(34.0 / 70.0, within(1e-9));
    assertThat(c.relativeRisk()).isCloseTo(3.0, within(1e-12));
    assertThat(c.significant()).isFalse();
  }

  @Test
  void computesFishersTwoSidedPValueBySummingTablesNoMoreLikelyThanTheOneObserved() {
    // [[1, 9], [11, 3]]: two-sided p = 0.0027595 (R: fisher.test gives 0.002759).
    assertThat(Significance.fisherTwoSided(1, 10, 12, 24)).isCloseTo(0.0027595, within(1e-7));
  }

  @Test
  void hasNoTestAndNoRatioWhenADenominatorIsZero() {
    RateComparison c = Significance.compare("rate", 0, 0, 5, 10);

    assertThat(c.groupRate()).isNull();
    assertThat(c.relativeRisk()).isNull();
    assertThat(c.test()).isNull();
    assertThat(c.pValue()).isNull();
    assertThat(c.significant()).isFalse();
  }

  @Test
  void findsNoDifferenceBetweenEqualRates() {
    RateComparison c = Significance.compare("rate", 50, 1000, 100, 2000);

    assertThat(c.relativeRisk()).isEqualTo(1.0);
    assertThat(c.pValue()).isCloseTo(1.0, within(1e-7));
    assertThat(c.significant()).isFalse();
  }

  @Test
  void comparesMeansWithWelchsTTest() {
    // Group 1, 2, 3, 4, 5 (mean 3, variance 2.5); rest 2, 4, 6, 8, 10 (mean 6, variance 10).
    // se² = 2.5/5 + 10/5 = 2.5; t = −3 / √2.5 = −1.8974; df = 2.5² / (0.5²/4 + 2²/4) = 5.8824;
    // two-sided p = 0.107531 (scipy.stats.ttest_ind(..., equal_var=False)).
    MeanComparison m = Significance.compareMeans("distanceTravelled", 5, 15, 55, 5, 30, 220);

    assertThat(m.difference()).isEqualTo(-3.0);
    assertThat(m.groupStandardDeviation()).isCloseTo(Math.sqrt(2.5), within(1e-12));
    assertThat(m.t()).isCloseTo(-1.8973666, within(1e-7));
    assertThat(m.degreesOfFreedom()).isCloseTo(5.8823529, within(1e-7));
    assertThat(m.pValue()).isCloseTo(0.1075312, within(1e-6));
    assertThat(m.significant()).isFalse();
  }

  @Test
  void doesNotTestMeansWithFewerThanTwoValuesOnASide() {
    MeanComparison m = Significance.compareMeans("distanceTravelled", 1, 4, 16, 5, 15, 55);

    assertThat(m.difference()).isEqualTo(1.0);
    assertThat(m.pValue()).isNull();
    assertThat(m.significant()).isFalse();
  }

  @Test
  void testsAShareAgainstABenchmarkExactlyWhenTheExpectedCountIsSmall() {
    // 0 of 10 against 30%: n·p0 = 3 < 5, exact binomial; two-sided p = 0.0388396.
    TestResult t = Significance.againstBenchmark(0, 10, 0.3);

    assertThat(t.test()).isEqualTo(StatisticalTest.EXACT_BINOMIAL);
    assertThat(t.pValue()).isCloseTo(0.0388396, within(1e-7));
    assertThat(t.significant()).isTrue();
  }

  @Test
  void testsAShareAgainstABenchmarkWithTheOneProportionZTestOtherwise() {
    // 30 of 100 against 20%: z = (30 − 20) / sqrt(100 × 0.2 × 0.8) = 2.5; p = 0.012419.
    TestResult t = Significance.againstBenchmark(30, 100, 0.2);

    assertThat(t.test()).isEqualTo(StatisticalTest.ONE_PROPORTION_Z);
    assertThat(t.pValue()).isCloseTo(0.012419, within(1e-6));
  }
}
