package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A recorded score was changed: the old and the new value (who and when are in the metadata).
 *
 * @param reason why, where the caller gave one; otherwise null
 */
@Revision("1")
public record AssessmentAmendedEvent(
    String assessmentId,
    String learnerId,
    String area,
    LocalDate date,
    AssessmentKind kind,
    double previousScore,
    double score,
    String reason) {}
