package org.waymark.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.analytics.Learners.learner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.learner.LearnerProfile;

/**
 * Soft-skill distance travelled from wider-skills ratings (1–5): latest rating − first rating per
 * skill, by the distance-travelled rule of CONTRACT.md "Definitions" ("Progress").
 */
class SoftSkillsTest {
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  private static WiderSkillsRating r(String learner, String skill, String date, int rating) {
    return new WiderSkillsRating(learner, skill, LocalDate.parse(date), rating);
  }

  // x: confidence 2 -> 3 -> 4 (DT 2); resilience 3 -> 2 (DT −1); independence 4 once (no DT).
  // y: confidence 1 -> 5 (DT 4); a rating after `to` is ignored.
  private static final List<WiderSkillsRating> RATINGS =
      List.of(
          r("x", "confidence", "2024-09-15", 2),
          r("x", "confidence", "2024-12-15", 3),
          r("x", "confidence", "2025-03-15", 4),
          r("x", "resilience", "2024-09-15", 3),
          r("x", "resilience", "2025-03-15", 2),
          r("x", "independence", "2024-09-15", 4),
          r("y", "confidence", "2024-09-15", 1),
          r("y", "confidence", "2025-03-15", 5),
          r("y", "confidence", "2025-09-15", 1));

  private static final List<LearnerProfile> COHORT =
      List.of(learner("x").build(), learner("y").build());

  @Test
  void measuresEachSkillFromTheFirstRatingToTheLatest() {
    Map<String, SoftSkillProgress> x = SoftSkills.progressByLearner(RATINGS, TO).get("x");

    assertThat(x.get("confidence").distanceTravelled()).isEqualTo(2);
    assertThat(x.get("confidence").ratings()).isEqualTo(3);
    assertThat(x.get("resilience").distanceTravelled()).isEqualTo(-1);
    assertThat(x.get("independence").distanceTravelled()).isNull();
  }

  @Test
  void averagesOneSkillOverTheLearnersWithADistance() {
    // confidence: x 2, y 4 -> mean 3.0; first (2 + 1) / 2 = 1.5, latest (4 + 5) / 2 = 4.5.
    Breakdown<SoftSkillFigures> b =
        SoftSkills.breakdown(COHORT, RATINGS, "confidence", TO, null, false);

    SoftSkillFigures f = b.total().figures();
    assertThat(f.learners()).isEqualTo(2);
    assertThat(f.meanFirst()).isEqualTo(1.5);
    assertThat(f.meanLatest()).isEqualTo(4.5);
    assertThat(f.meanDistanceTravelled()).isEqualTo(3.0);
  }

  @Test
  void averagesAllSkillsPerLearnerFirst() {
    // x over confidence and resilience: first (2 + 3) / 2 = 2.5, latest (4 + 2) / 2 = 3 -> 0.5.
    // y: 4. Mean over learners (0.5 + 4) / 2 = 2.25.
    Breakdown<SoftSkillFigures> b = SoftSkills.breakdown(COHORT, RATINGS, null, TO, null, false);

    assertThat(b.total().figures().meanDistanceTravelled()).isEqualTo(2.25);
  }

  @Test
  void rejectsARatingOutsideOneToFive() {
    assertThatThrownBy(() -> r("x", "confidence", "2024-09-15", 6))
        .hasMessageContaining("confidence must be 1 to 5, was 6");
  }
}
