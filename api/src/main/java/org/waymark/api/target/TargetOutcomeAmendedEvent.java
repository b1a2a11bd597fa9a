package org.waymark.api.target;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The outcome recorded for a target on a date was changed: old and new values, and why. */
@Revision("1")
public record TargetOutcomeAmendedEvent(
    String targetId,
    String learnerId,
    LocalDate date,
    TargetOutcome previousOutcome,
    LocalDate previousNewDueOn,
    String previousNote,
    TargetOutcome outcome,
    LocalDate newDueOn,
    String note,
    String reason) {}
