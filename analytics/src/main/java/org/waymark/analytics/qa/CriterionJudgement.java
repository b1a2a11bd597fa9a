package org.waymark.analytics.qa;

import java.util.Objects;
import org.waymark.api.qa.QaJudgement;

/**
 * A judgement of one criterion at a visit (CONTRACT.md qa_judgements dataset: theme, criterion,
 * judgement).
 *
 * @param theme the theme number
 * @param criterion the criterion id within the theme
 * @param judgement FULLY_MET, PARTIALLY_MET or NOT_MET
 */
public record CriterionJudgement(int theme, String criterion, QaJudgement judgement) {
  public CriterionJudgement {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(judgement, "judgement");
  }
}
