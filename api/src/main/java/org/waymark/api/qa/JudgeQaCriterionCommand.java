package org.waymark.api.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Judges one criterion of the QA framework at a visit. Judging it again identically changes
 * nothing; a different judgement, evidence or comments is recorded as an amendment.
 *
 * @param criterion the criterion's framework number, theme first ({@code "1.3"})
 * @param evidence the evidence seen, or null: null keeps what was recorded
 * @param comments the visitor's comments, or null: null keeps what was recorded
 * @param reason why an earlier judgement is being amended, or null
 */
public record JudgeQaCriterionCommand(
    String visitId,
    int theme,
    String criterion,
    QaJudgement judgement,
    String evidence,
    String comments,
    String reason) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.visit(visitId);
  }
}
