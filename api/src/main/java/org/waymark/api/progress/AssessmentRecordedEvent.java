package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner's score in an area on a date, of a kind (baseline, progress or final). */
@Revision("1")
public record AssessmentRecordedEvent(
    String assessmentId,
    String learnerId,
    String area,
    LocalDate date,
    AssessmentKind kind,
    double score) {}
