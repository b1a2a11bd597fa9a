package org.waymark.api.qa;

import org.axonframework.serialization.Revision;

/**
 * A criterion of the QA framework was judged for the first time at a visit. Stored class name
 * frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record QaCriterionJudgedEvent(
    String visitId,
    String providerId,
    int theme,
    String criterion,
    QaJudgement judgement,
    String evidence,
    String comments) {}
