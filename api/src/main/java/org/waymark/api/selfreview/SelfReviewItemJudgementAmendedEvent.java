package org.waymark.api.selfreview;

import org.axonframework.serialization.Revision;

/**
 * An item already judged was judged differently: the old and the new judgement, evidence and
 * priority, and the reason when one was given. Who and when are in the event's metadata.
 */
@Revision("1")
public record SelfReviewItemJudgementAmendedEvent(
    String reviewId,
    String code,
    SelfReviewJudgement oldJudgement,
    SelfReviewJudgement newJudgement,
    String oldEvidence,
    String newEvidence,
    DevelopmentPriority oldPriority,
    DevelopmentPriority newPriority,
    String reason) {}
