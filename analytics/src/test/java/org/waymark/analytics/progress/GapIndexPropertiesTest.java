package org.waymark.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The gap index's merged ranking agrees with ranking written out the long way (CONTRACT.md
 * "Disadvantage gap index": rank all N ascending, ties take the mean of their ranks), and stays
 * within [−10, 10].
 */
class GapIndexPropertiesTest {

  @Property(tries = 300)
  void agreesWithRanksWrittenOutTheLongWay(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 6) Integer> scores,
      @ForAll @Size(max = 60) List<Boolean> disadvantaged) {
    List<RankedScore> ranked = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      boolean d = i < disadvantaged.size() && disadvantaged.get(i);
      ranked.add(new RankedScore("l" + i, scores.get(i) / 2.0, d));
    }

    GapIndex gi = ProgressIndicators.disadvantageGapIndex(ranked, false);

    // The long way: a learner's rank = (number scoring less) + (number scoring the same + 1) / 2.
    double sumDis = 0;
    double sumNon = 0;
    for (RankedScore r : ranked) {
      long less = ranked.stream().filter(o -> o.score() < r.score()).count();
      long same = ranked.stream().filter(o -> o.score() == r.score()).count();
      double rank = less + (same + 1) / 2.0;
      if (r.disadvantaged()) {
        sumDis += rank;
      } else {
        sumNon += rank;
      }
    }
    assertThat(gi.learners()).isEqualTo(ranked.size());
    assertThat(gi.sumRankDisadvantaged()).isCloseTo(sumDis, within(1e-9));
    assertThat(gi.sumRankNonDisadvantaged()).isCloseTo(sumNon, within(1e-9));
    if (gi.index() != null) {
      assertThat(gi.index()).isBetween(-10.0, 10.0);
    }
  }
}
