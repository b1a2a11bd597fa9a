package org.waymark.api.selfreview;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Judges one item of the review's catalogue. Judging it again identically changes nothing; a
 * different judgement, evidence or priority is recorded as an amendment.
 *
 * @param evidence what shows the judgement holds, or null
 * @param reason why a judgement is being changed, or null
 */
public record JudgeSelfReviewItemCommand(
    @TargetAggregateIdentifier String reviewId,
    String code,
    SelfReviewJudgement judgement,
    String evidence,
    DevelopmentPriority priority,
    String reason) {}
