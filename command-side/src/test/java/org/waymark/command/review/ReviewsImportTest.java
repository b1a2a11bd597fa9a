package org.waymark.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class ReviewsImportTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  static final Set<String> COLUMNS =
      Set.of(
          "reviewId",
          "learnerId",
          "heldOn",
          "tutor",
          "onTarget",
          "punctuality",
          "workingTowards",
          "learnerComment",
          "tutorComment",
          "confidential",
          "nextReviewOn");
  final ReviewsImport dataset = new ReviewsImport(CLOCK);

  @Test
  void hasTheColumnsOfTheContract() {
    assertThat(dataset.dataset()).isEqualTo("reviews");
    assertThat(dataset.requiredColumns())
        .containsExactly("review_id", "learner_id", "held_on", "tutor", "on_target", "punctuality");
    assertThat(dataset.optionalColumns())
        .containsExactly(
            "working_towards",
            "learner_comment",
            "tutor_comment",
            "confidential",
            "next_review_on");
  }

  @Test
  void readsARowAsPartOfTheFormKeyedByItsId() {
    Map<String, String> m = new HashMap<>(ReviewInputTest.row());
    m.put("confidential", "Y");
    m.put("tutorComment", "Settling in well");

    RecordProgressReviewCommand c = dataset.read(new FieldReader(m, COLUMNS));

    assertThat(c.contractColumnsOnly()).isTrue();
    assertThat(c.details().confidential()).isTrue();
    assertThat(c.details().tutorComment()).isEqualTo("Settling in well");
    assertThat(dataset.naturalKey(c)).isEqualTo("R-1");
  }

  @Test
  void reportsABadRowByField() {
    Map<String, String> m = new HashMap<>(ReviewInputTest.row());
    m.put("nextReviewOn", "2026-10-01");
    FieldReader r = new FieldReader(m, COLUMNS);

    assertThat(dataset.read(r)).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("nextReviewOn");
  }
}
