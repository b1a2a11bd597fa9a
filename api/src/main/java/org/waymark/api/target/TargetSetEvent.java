package org.waymark.api.target;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A SMART target was set for a learner: what, how it is measured, when set and when due.
 *
 * @param measure null when not stated
 * @param longTermTargetId null when not linked to a long-term target
 */
@Revision("1")
public record TargetSetEvent(
    String targetId,
    String learnerId,
    String area,
    String description,
    String measure,
    LocalDate setOn,
    LocalDate dueOn,
    String longTermTargetId) {}
