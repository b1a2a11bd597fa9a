package org.waymark.analytics.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The special functions behind the significance tests, against known values. */
class StatisticsTest {

  @Test
  void logGammaGivesLogFactorials() {
    assertThat(Statistics.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
    assertThat(Statistics.logFactorial(2000))
        .isCloseTo(Statistics.logFactorial(1999) + Math.log(2000), within(1e-9));
    assertThat(Statistics.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
  }

  @Test
  void studentsTailMatchesKnownValues() {
    // scipy.stats.t.sf(2, 10) × 2 = 0.0733880348; t = 1 with 1 df (Cauchy): exactly 0.5.
    assertThat(Statistics.twoSidedStudentP(2.0, 10)).isCloseTo(0.0733880348, within(1e-9));
    assertThat(Statistics.twoSidedStudentP(1.0, 1)).isCloseTo(0.5, within(1e-12));
    assertThat(Statistics.twoSidedStudentP(0.0, 7)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theNormalTailIsFivePercentAtOnePointNineSix() {
    assertThat(Statistics.twoSidedNormalP(1.959964)).isCloseTo(0.05, within(1e-7));
    assertThat(Statistics.twoSidedNormalP(0)).isCloseTo(1.0, within(1e-7));
    assertThat(Statistics.erfc(-1)).isCloseTo(2 - 0.157299207, within(1e-7));
  }
}
