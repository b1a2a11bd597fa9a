package org.waymark.analytics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.review.ReviewFigures;
import org.waymark.api.query.Characteristic;

/**
 * The small-number rule of CONTRACT.md "Definitions" ("Small numbers") and "Scope and group
 * membership": primary suppression below 5 learners; when exactly one group is suppressed the next
 * smallest is too (ties: the key that sorts first); the total suppressed below 5.
 */
class BreakdownsTest {

  private static ReviewFigures rows(int learners) {
    return new ReviewFigures(learners, learners / 2, null);
  }

  private static Map<String, ReviewFigures> groups(Object... keysAndLearners) {
    Map<String, ReviewFigures> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndLearners.length; i += 2) {
      m.put((String) keysAndLearners[i], rows((Integer) keysAndLearners[i + 1]));
    }
    return m;
  }

  private static int total(Map<String, ReviewFigures> g) {
    return g.values().stream().mapToInt(ReviewFigures::active).sum();
  }

  @Test
  void suppressesTheNextSmallestGroupWhenExactlyOneIsBelowFive() {
    // White 10, Asian 7, Black 6, Mixed 2: Mixed (2) is hidden; alone it could be derived as
    // 25 − 10 − 7 − 6, so Black (6), the next smallest, is hidden too.
    Map<String, ReviewFigures> g = groups("White", 10, "Asian", 7, "Black", 6, "Mixed", 2);

    assertThat(Breakdowns.suppressedKeys(rows(total(g)), g))
        .containsExactlyInAnyOrder("Mixed", "Black");
  }

  @Test
  void breaksATieForTheNextSmallestByTheKeyThatSortsFirst() {
    // Asian 6 and Black 6 tie as next smallest: "Asian" sorts first.
    Map<String, ReviewFigures> g = groups("White", 10, "Black", 6, "Asian", 6, "Mixed", 2);

    assertThat(Breakdowns.suppressedKeys(rows(total(g)), g))
        .containsExactlyInAnyOrder("Mixed", "Asian");
  }

  @Test
  void needsNoSecondarySuppressionWhenTwoGroupsAreAlreadyHidden() {
    Map<String, ReviewFigures> g = groups("White", 10, "Black", 6, "Mixed", 2, "Chinese", 1);

    assertThat(Breakdowns.suppressedKeys(rows(total(g)), g))
        .containsExactlyInAnyOrder("Mixed", "Chinese");
  }

  @Test
  void keepsAGroupOfExactlyFiveVisible() {
    Map<String, ReviewFigures> g = groups("Y", 5, "N", 5);

    assertThat(Breakdowns.suppressedKeys(rows(10), g)).isEmpty();
  }

  @Test
  void suppressesTheTotalAndEveryGroupBelowFiveLearners() {
    Map<String, ReviewFigures> g = groups("F", 3, "M", 1);

    Breakdown<ReviewFigures> b = Breakdowns.assemble(Characteristic.SEX, rows(4), g, true);

    assertThat(b.total().suppressed()).isTrue();
    assertThat(b.groups()).allMatch(BreakdownRow::suppressed);
  }

  @Test
  void appliesNoRuleWhenSuppressionIsOff() {
    Map<String, ReviewFigures> g = groups("F", 3, "M", 1);

    Breakdown<ReviewFigures> b = Breakdowns.assemble(Characteristic.SEX, rows(4), g, false);

    assertThat(b.suppressed()).isFalse();
    assertThat(b.total().figures().active()).isEqualTo(4);
    assertThat(b.groups()).noneMatch(BreakdownRow::suppressed);
  }

  @Test
  void listsGroupsInTheReportingOrderOfTheCharacteristic() {
    Map<String, ReviewFigures> g = groups("E", 5, "N", 5, "K", 5);

    Breakdown<ReviewFigures> b = Breakdowns.assemble(Characteristic.SEND, rows(15), g, true);

    assertThat(b.groups()).extracting(BreakdownRow::group).containsExactly("N", "K", "E");
  }

  @Test
  void comparesAVisibleGroupWithTheRestOfTheCohort() {
    // Y: 8 of 10 current; total 12 of 20, so the rest: 4 of 10.
    Map<String, ReviewFigures> g = new LinkedHashMap<>();
    g.put("Y", new ReviewFigures(10, 8, 80.0));
    g.put("N", new ReviewFigures(10, 4, 40.0));

    Breakdown<ReviewFigures> b =
        Breakdowns.assemble(Characteristic.EAL, new ReviewFigures(20, 12, 60.0), g, true);

    var c = b.group("Y").orElseThrow().comparison("reviewCurrency");
    assertThat(c.restNumerator()).isEqualTo(4);
    assertThat(c.restDenominator()).isEqualTo(10);
    assertThat(c.relativeRisk()).isEqualTo(2.0);
  }

  @Test
  void refusesGroupsWithoutACharacteristic() {
    assertThatThrownBy(() -> Breakdowns.assemble(null, rows(10), groups("F", 10), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
