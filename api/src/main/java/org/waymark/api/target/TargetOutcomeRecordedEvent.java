package org.waymark.api.target;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An outcome was recorded for a target. Every outcome but CARRIED_FORWARD is final; a carried
 * forward target is due on {@code newDueOn}.
 *
 * @param newDueOn set for CARRIED_FORWARD only, otherwise null
 * @param note free text (e.g. why not met), or null
 */
@Revision("1")
public record TargetOutcomeRecordedEvent(
    String targetId,
    String learnerId,
    LocalDate date,
    TargetOutcome outcome,
    LocalDate newDueOn,
    String note) {}
