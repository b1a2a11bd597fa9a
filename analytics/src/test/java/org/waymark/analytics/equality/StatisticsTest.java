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
  void theNormalTailIsFivePercentAtOnePointNineSix() {
    assertThat(Statistics.twoSidedNormalP(1.959964)).isCloseTo(0.05, within(1e-7));
    assertThat(Statistics.twoSidedNormalP(0)).isCloseTo(1.0, within(1e-7));
    assertThat(Statistics.erfc(-1)).isCloseTo(2 - 0.157299207, within(1e-7));
  }
}
