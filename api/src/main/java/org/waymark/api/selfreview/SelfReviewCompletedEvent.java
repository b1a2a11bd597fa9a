package org.waymark.api.selfreview;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A self-review was completed with {@code itemsJudged} of its catalogue's items judged (a review
 * may cover only some sections of a catalogue).
 */
@Revision("1")
public record SelfReviewCompletedEvent(String reviewId, LocalDate completedOn, int itemsJudged) {}
