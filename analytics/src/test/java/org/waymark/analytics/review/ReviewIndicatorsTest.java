package org.waymark.analytics.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.analytics.Learners.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.query.Characteristic;

/**
 * Worked examples of CONTRACT.md "Definitions" ("Reviews") and "Scope and group membership"
 * ("Reviews at date {@code at}"), at 2025-03-31 with the default 42-day window and 28 days for P2.
 */
class ReviewIndicatorsTest {
  private static final LocalDate AT = LocalDate.of(2025, 3, 31);
  private static final ReviewPolicy POLICY = new ReviewPolicy(42, Map.of("P2", 28));

  private static Review r(String id, String learner, String date) {
    return new Review(id, learner, LocalDate.parse(date), true);
  }

  private static final List<LearnerProfile> COHORT =
      List.of(
          learner("a").build(), // reviewed 2025-02-17: exactly 42 days before: current
          learner("b").build(), // reviewed 2025-02-16: 43 days: not current (04-05 not yet held)
          learner("c").provider("P2").build(), // 30 days, but P2's window is 28: not current
          learner("d").build(), // never reviewed: not current
          learner("e").leftOn(LocalDate.of(2025, 3, 1)).build(), // left: not active
          learner("f").enrolledOn(LocalDate.of(2025, 4, 1)).build(), // not yet enrolled
          learner("g").build()); // reviewed on `at` itself: current

  private static final List<Review> REVIEWS =
      List.of(
          r("R1", "a", "2025-01-06"),
          r("R2", "a", "2025-02-17"),
          r("R3", "b", "2025-02-16"),
          r("R4", "b", "2025-04-05"),
          r("R5", "c", "2025-03-01"),
          r("R6", "e", "2025-03-30"),
          r("R7", "g", "2025-03-31"));

  @Test
  void countsCurrentLearnersAmongActiveOnes() {
    // active: a, b, c, d, g = 5; current: a, g = 2 -> 40%. overdue: b, c, d.
    ReviewBreakdown rb =
        ReviewIndicators.breakdown(COHORT, REVIEWS, AT, POLICY, Characteristic.PROVIDER, false);

    ReviewFigures total = rb.breakdown().total().figures();
    assertThat(total.active()).isEqualTo(5);
    assertThat(total.current()).isEqualTo(2);
    assertThat(total.reviewCurrency()).isEqualTo(40.0);
    assertThat(rb.overdue()).containsExactly("b", "c", "d");
    assertThat(rb.breakdown().group("P2").orElseThrow().figures().reviewCurrency()).isEqualTo(0.0);
    assertThat(rb.breakdown().group("P1").orElseThrow().figures().reviewCurrency()).isEqualTo(50.0);
  }

  @Test
  void isCurrentAtExactlyTheWindowAndNotADayLater() {
    ReviewStatus a = ReviewIndicators.statusAt(COHORT.get(0), REVIEWS, AT, ReviewPolicy.DEFAULT);
    ReviewStatus b = ReviewIndicators.statusAt(COHORT.get(1), REVIEWS, AT, ReviewPolicy.DEFAULT);

    assertThat(a.daysSinceLatest()).isEqualTo(42);
    assertThat(a.current()).isTrue();
    assertThat(b.daysSinceLatest()).isEqualTo(43);
    assertThat(b.current()).isFalse();
  }

  @Test
  void usesTheProvidersOwnWindow() {
    ReviewStatus c = ReviewIndicators.statusAt(COHORT.get(2), REVIEWS, AT, POLICY);

    assertThat(c.windowDays()).isEqualTo(28);
    assertThat(c.daysSinceLatest()).isEqualTo(30);
    assertThat(c.current()).isFalse();
    assertThat(
            ReviewIndicators.statusAt(COHORT.get(2), REVIEWS, AT, ReviewPolicy.DEFAULT).current())
        .isTrue();
  }

  @Test
  void hasNoCurrencyWithoutActiveLearners() {
    ReviewBreakdown rb =
        ReviewIndicators.breakdown(List.of(COHORT.get(4)), REVIEWS, AT, POLICY, null, false);

    assertThat(rb.breakdown().total().figures().active()).isZero();
    assertThat(rb.breakdown().total().figures().reviewCurrency()).isNull();
    assertThat(rb.overdue()).isEmpty();
  }
}
