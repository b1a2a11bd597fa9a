package org.waymark.analytics.equality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.waymark.analytics.Learners.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.BreakdownRow;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/** Representation of a group in a cohort against a population benchmark given as input. */
class RepresentationTest {

  private static List<LearnerProfile> cohort(int white, int black, int asian) {
    List<LearnerProfile> c = new ArrayList<>();
    for (int i = 0; i < white; i++) {
      c.add(learner("w" + i).ethnicity("WBRI").build());
    }
    for (int i = 0; i < black; i++) {
      c.add(learner("b" + i).ethnicity("BCRB").build());
    }
    for (int i = 0; i < asian; i++) {
      c.add(learner("a" + i).ethnicity("APKN").build());
    }
    return c;
  }

  @Test
  void comparesEachGroupsShareWithTheBenchmark() {
    // 70 White, 30 Black, 0 Asian of 100, against a benchmark of 80% White, 10% Black, 10% Asian.
    // Black: share 30%, ratio 3.0, +20 points; z = (30 − 10) / sqrt(100 × 0.1 × 0.9) = 6.67.
    Breakdown<RepresentationFigures> b =
        Representation.of(
            cohort(70, 30, 0),
            Characteristic.ETHNICITY,
            Map.of("White", 80.0, "Black", 10.0, "Asian", 10.0),
            false);

    RepresentationFigures black = b.group("Black").orElseThrow().figures();
    assertThat(black.learners()).isEqualTo(30);
    assertThat(black.cohort()).isEqualTo(100);
    assertThat(black.share()).isEqualTo(30.0);
    assertThat(black.ratio()).isCloseTo(3.0, within(1e-12));
    assertThat(black.differencePoints()).isCloseTo(20.0, within(1e-12));
    assertThat(black.test()).isEqualTo(StatisticalTest.ONE_PROPORTION_Z);
    assertThat(black.significant()).isTrue();
    // Asian: absent from the cohort yet listed, with 0 learners: a ratio of 0.
    RepresentationFigures asian = b.group("Asian").orElseThrow().figures();
    assertThat(asian.learners()).isZero();
    assertThat(asian.ratio()).isEqualTo(0.0);
    assertThat(asian.significant()).isTrue();
  }

  @Test
  void suppressesSmallGroupsLikeEveryOtherBreakdown() {
    // Black 3 < 5, and Asian and the other major groups with 0: all hidden; White stays.
    Breakdown<RepresentationFigures> b =
        Representation.of(
            cohort(20, 3, 0),
            Characteristic.ETHNICITY,
            Map.of("White", 80.0, "Black", 10.0, "Asian", 10.0),
            true);

    assertThat(b.groups())
        .filteredOn(BreakdownRow::suppressed)
        .extracting(BreakdownRow::group)
        .containsExactlyInAnyOrder("Mixed", "Black", "Asian", "Chinese", "Other", "Unclassified");
  }

  @Test
  void hasNoRatioForAGroupTheBenchmarkLacks() {
    Breakdown<RepresentationFigures> b =
        Representation.of(
            cohort(10, 10, 0), Characteristic.ETHNICITY, Map.of("White", 90.0), false);

    RepresentationFigures black = b.group("Black").orElseThrow().figures();
    assertThat(black.benchmarkShare()).isNull();
    assertThat(black.ratio()).isNull();
    assertThat(black.test()).isNull();
  }
}
