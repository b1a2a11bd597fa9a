package org.waymark.command.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.api.selfreview.CompleteSelfReviewCommand;
import org.waymark.api.selfreview.DevelopmentPriority;
import org.waymark.api.selfreview.JudgeSelfReviewItemCommand;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.api.selfreview.StartSelfReviewCommand;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;

class SelfReviewInputTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  static FieldReader reader(Map<String, String> values, java.util.List<String> fields) {
    return new FieldReader(values, SelfReviewInput.fieldSet(fields));
  }

  @Nested
  class Start {
    Map<String, String> valid() {
      Map<String, String> m = new HashMap<>();
      m.put("reviewId", "SR-1");
      m.put("providerId", "P-01");
      m.put("catalogue", "ILP_CHECKLIST");
      m.put("startedOn", "2026-11-23");
      return m;
    }

    @Test
    void becomesACommandNamingTheCatalogue() {
      assertThat(SelfReviewInput.start(reader(valid(), SelfReviewInput.START_FIELDS), CLOCK))
          .isEqualTo(
              new StartSelfReviewCommand(
                  "SR-1", "P-01", SelfReviewCatalogue.ILP_CHECKLIST, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void namesAnUnknownCatalogueABadIdAndAFutureDate() {
      Map<String, String> m = valid();
      m.put("catalogue", "qa-framework");
      m.put("reviewId", "SR 1");
      m.put("startedOn", "2026-11-24");
      m.remove("providerId");
      FieldReader r = reader(m, SelfReviewInput.START_FIELDS);

      assertThat(SelfReviewInput.start(r, CLOCK)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field, FieldProblem::value)
          .containsExactlyInAnyOrder(
              tuple("catalogue", "qa-framework"),
              tuple("reviewId", "SR 1"),
              tuple("startedOn", "2026-11-24"),
              tuple("providerId", null));
    }
  }

  @Nested
  class Judge {
    Map<String, String> valid() {
      Map<String, String> m = new HashMap<>();
      m.put("reviewId", "SR-1");
      m.put("code", "A46");
      m.put("judgement", "GAP");
      m.put("priority", "HIGH");
      return m;
    }

    @Test
    void becomesACommandWithEvidenceAndReasonOptional() {
      assertThat(SelfReviewInput.judge(reader(valid(), SelfReviewInput.JUDGE_FIELDS)))
          .isEqualTo(
              new JudgeSelfReviewItemCommand(
                  "SR-1", "A46", SelfReviewJudgement.GAP, null, DevelopmentPriority.HIGH, null));
    }

    @Test
    void namesABadJudgementPriorityCodeAndOverlongEvidence() {
      Map<String, String> m = valid();
      m.put("judgement", "YES");
      m.put("priority", "URGENT");
      m.put("code", "a46");
      m.put("evidence", "x".repeat(SelfReviewInput.EVIDENCE_MAX + 1));
      FieldReader r = reader(m, SelfReviewInput.JUDGE_FIELDS);

      assertThat(SelfReviewInput.judge(r)).isNull();
      assertThat(r.problems())
          .extracting(FieldProblem::field)
          .containsExactlyInAnyOrder("judgement", "priority", "code", "evidence");
    }

    @Test
    void requiresAPriorityForDevelopment() {
      Map<String, String> m = valid();
      m.remove("priority");
      FieldReader r = reader(m, SelfReviewInput.JUDGE_FIELDS);

      SelfReviewInput.judge(r);

      assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("priority");
    }
  }

  @Nested
  class Complete {
    @Test
    void becomesACommand() {
      Map<String, String> m = Map.of("reviewId", "SR-1", "completedOn", "2026-11-20");
      assertThat(SelfReviewInput.complete(reader(m, SelfReviewInput.COMPLETE_FIELDS), CLOCK))
          .isEqualTo(new CompleteSelfReviewCommand("SR-1", LocalDate.of(2026, 11, 20)));
    }

    @Test
    void rejectsACompletionDateInTheFutureOrNotADate() {
      FieldReader future =
          reader(
              Map.of("reviewId", "SR-1", "completedOn", "2026-11-24"),
              SelfReviewInput.COMPLETE_FIELDS);
      FieldReader notADate =
          reader(
              Map.of("reviewId", "SR-1", "completedOn", "20/11/2026"),
              SelfReviewInput.COMPLETE_FIELDS);

      SelfReviewInput.complete(future, CLOCK);
      SelfReviewInput.complete(notADate, CLOCK);

      assertThat(future.problems()).extracting(FieldProblem::field).containsExactly("completedOn");
      assertThat(notADate.problems())
          .extracting(FieldProblem::field)
          .containsExactly("completedOn");
    }
  }
}
