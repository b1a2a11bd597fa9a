package org.waymark.command.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.review.ProgressReviewDetails;
import org.waymark.api.review.Punctuality;
import org.waymark.api.review.RecordProgressReviewCommand;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;
import org.waymark.command.review.ReviewInput.ReviewLists;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class ReviewInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  static final ObjectMapper JSON = new ObjectMapper();

  static Map<String, String> row() {
    Map<String, String> m = new HashMap<>();
    m.put("reviewId", "R-1");
    m.put("learnerId", "L-1");
    m.put("heldOn", "2026-10-20");
    m.put("tutor", "J. Smith");
    m.put("onTarget", "Y");
    m.put("punctuality", "REASONABLE");
    return m;
  }

  static RecordProgressReviewCommand read(Map<String, String> m, FieldReader[] out) {
    FieldReader r = new FieldReader(m, ReviewInput.scalarFieldSet());
    out[0] = r;
    return ReviewInput.read(r, CLOCK, ReviewLists.NONE, false);
  }

  @Nested
  class TheScalarFields {
    @Test
    void needOnlyTheContractsRequiredColumns() {
      RecordProgressReviewCommand c = read(row(), new FieldReader[1]);

      ProgressReviewDetails d = c.details();
      assertThat(d.heldOn()).isEqualTo(LocalDate.of(2026, 10, 20));
      assertThat(d.onTarget()).isTrue();
      assertThat(d.punctuality()).isEqualTo(Punctuality.REASONABLE);
      assertThat(d.confidential()).isFalse();
      assertThat(d.lessons()).isNull();
      assertThat(d.copiesTo()).isEmpty();
    }

    @Test
    void readTheRestOfTheForm() {
      Map<String, String> m = row();
      m.put("lessons", "30");
      m.put("absences", "2");
      m.put("confidential", "Y");
      m.put("previousTargetsMet", "N");
      m.put("whyNotMet", "Off sick");
      m.put("learnerSignedOn", "2026-10-20");
      m.put("tutorSignedOn", "2026-10-21");
      m.put("nextReviewOn", "2026-12-01");
      m.put("workingTowards", "Level 1");

      ProgressReviewDetails d = read(m, new FieldReader[1]).details();

      assertThat(d.lessons()).isEqualTo(30);
      assertThat(d.absences()).isEqualTo(2);
      assertThat(d.confidential()).isTrue();
      assertThat(d.previousTargetsMet()).isFalse();
      assertThat(d.whyNotMet()).isEqualTo("Off sick");
      assertThat(d.tutorSignedOn()).isEqualTo(LocalDate.of(2026, 10, 21));
      assertThat(d.nextReviewOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void nameEveryBadFieldWithItsValue() {
      Map<String, String> m = row();
      m.put("onTarget", "yes");
      m.put("punctuality", "LATE");
      m.put("confidential", "maybe");
      m.put("lessons", "-1");
      m.remove("tutor");
      FieldReader[] r = new FieldReader[1];

      assertThat(read(m, r)).isNull();
      assertThat(r[0].problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("onTarget", "yes"),
              tuple("punctuality", "LATE"),
              tuple("confidential", "maybe"),
              tuple("lessons", "-1"),
              tuple("tutor", null));
    }

    @Test
    void rejectDatesThatBreakTheReviewsRules() {
      Map<String, String> m = row();
      m.put("learnerSignedOn", "2026-10-19");
      m.put("tutorSignedOn", "2026-10-01");
      m.put("nextReviewOn", "2026-10-20");
      m.put("lessons", "3");
      m.put("absences", "4");
      FieldReader[] r = new FieldReader[1];

      read(m, r);

      assertThat(r[0].problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder(
              "learnerSignedOn", "tutorSignedOn", "nextReviewOn", "absences");
    }

    @Test
    void rejectAReviewHeldInTheFuture() {
      Map<String, String> m = row();
      m.put("heldOn", "2026-11-24");
      FieldReader[] r = new FieldReader[1];

      read(m, r);

      assertThat(r[0].problems()).extracting(FieldProblem::field).containsExactly("heldOn");
    }
  }

  @Nested
  class TheListsOfAJsonBody {
    @Test
    void areReadIntoTheForm() throws Exception {
      Map<String, Object> body = new HashMap<>(row());
      body.put("targetsReviewed", List.of(Map.of("targetId", "T-1", "met", "Y")));
      body.put("newTargetIds", List.of("T-2", "T-3"));
      body.put("copiesTo", List.of("ILR", "PARENTS_CARERS"));

      ReviewJson.Parsed p = ReviewJson.parse(JSON.valueToTree(body));
      RecordProgressReviewCommand c = ReviewInput.read(p.reader(), CLOCK, p.lists(), false);

      assertThat(p.reader().problems()).isEmpty();
      assertThat(c.details().targetsReviewed()).containsExactly(new ReviewedTarget("T-1", true));
      assertThat(c.details().newTargetIds()).containsExactly("T-2", "T-3");
      assertThat(c.details().copiesTo())
          .containsExactly(ReviewCopyRecipient.ILR, ReviewCopyRecipient.PARENTS_CARERS);
    }

    @Test
    void nameEachBadElementByItsPosition() throws Exception {
      Map<String, Object> body = new HashMap<>(row());
      body.put(
          "targetsReviewed",
          List.of(Map.of("targetId", "T-1", "met", "maybe"), Map.of("met", "Y", "why", "x")));
      body.put("newTargetIds", List.of("T 2"));
      body.put("copiesTo", "ILR");

      ReviewJson.Parsed p = ReviewJson.parse(JSON.valueToTree(body));
      ReviewInput.read(p.reader(), CLOCK, p.lists(), false);

      assertThat(p.reader().problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder(
              "targetsReviewed[0].met",
              "targetsReviewed[1].targetId",
              "targetsReviewed[1].why",
              "newTargetIds[0]",
              "copiesTo");
    }

    @Test
    void nameAnUnknownRecipient() throws Exception {
      Map<String, Object> body = new HashMap<>(row());
      body.put("copiesTo", List.of("LEARNER", "NEIGHBOUR"));

      ReviewJson.Parsed p = ReviewJson.parse(JSON.valueToTree(body));
      ReviewInput.read(p.reader(), CLOCK, p.lists(), false);

      assertThat(p.reader().problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactly(tuple("copiesTo[1]", "NEIGHBOUR"));
    }
  }
}
