package org.waymark.command.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.command.imports.ImportRow;
import org.waymark.command.imports.ImportSink;
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
  final ReviewsImport dataset = new ReviewsImport(CLOCK, ids -> Set.of());

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

  @Test
  void aRowOfAReviewTheStoreHasNotSeenIsSentAsACreation() {
    RecordProgressReviewCommand known = reviewRow("R-1");
    RecordProgressReviewCommand fresh = reviewRow("R-2");
    ReviewsImport withOneKnown =
        new ReviewsImport(
            CLOCK,
            ids -> {
              assertThat(ids).containsExactly("review:R-1", "review:R-2");
              return Set.of("review:R-1");
            });
    List<Object> sent = new ArrayList<>();
    withOneKnown.write(
        List.of(new ImportRow<>(2, known), new ImportRow<>(3, fresh)),
        new ImportSink() {
          @Override
          public void send(ImportRow<?> row, Object command, LocalDate effectiveDate) {
            sent.add(command);
          }

          @Override
          public String importId() {
            return "test";
          }
        });

    assertThat(sent).containsExactly(known, new RecordNewProgressReviewCommand(fresh));
  }

  private RecordProgressReviewCommand reviewRow(String reviewId) {
    Map<String, String> m = new HashMap<>(ReviewInputTest.row());
    m.put("reviewId", reviewId);
    return dataset.read(new FieldReader(m, COLUMNS));
  }
}
