package org.waymark.api.selfreview;

import org.axonframework.serialization.Revision;

/** An item of a self-review's catalogue was judged for the first time. */
@Revision("1")
public record SelfReviewItemJudgedEvent(
    String reviewId,
    String code,
    SelfReviewJudgement judgement,
    String evidence,
    DevelopmentPriority priority) {}
