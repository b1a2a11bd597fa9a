package org.waymark.api.qa;

import org.axonframework.serialization.Revision;

/**
 * A criterion already judged at a visit was judged again differently: the previous and the new
 * judgement, evidence and comments. Who amended it and when are in the event's metadata.
 *
 * <p>Stored class name frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record QaCriterionJudgementAmendedEvent(
    String visitId,
    String providerId,
    int theme,
    String criterion,
    QaJudgement previousJudgement,
    QaJudgement judgement,
    String previousEvidence,
    String evidence,
    String previousComments,
    String comments,
    String reason) {}
