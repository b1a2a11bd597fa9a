package org.waymark.api.qa;

import java.util.List;

/**
 * One of the nine themes of the QA framework.
 *
 * @param essential an essential theme (Safeguarding, Health and safety) must be fully met for the
 *     provision to be suitable, and its criteria take only {@link QaJudgement#FULLY_MET} or {@link
 *     QaJudgement#NOT_MET}
 */
public record QaTheme(
    int number,
    String title,
    boolean essential,
    String guidingPrinciple,
    List<QaCriterion> criteria) {

  public QaTheme {
    criteria = List.copyOf(criteria);
  }

  /** Whether a criterion of this theme may be given {@code judgement}. */
  public boolean allows(QaJudgement judgement) {
    return judgement != null && !(essential && judgement == QaJudgement.PARTIALLY_MET);
  }

  /** The judgements this theme's criteria take, in the form's order. */
  public List<QaJudgement> judgements() {
    return essential
        ? List.of(QaJudgement.FULLY_MET, QaJudgement.NOT_MET)
        : List.of(QaJudgement.FULLY_MET, QaJudgement.PARTIALLY_MET, QaJudgement.NOT_MET);
  }
}
