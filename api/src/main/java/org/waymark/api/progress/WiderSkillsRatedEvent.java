package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner's wider skills were rated (1–5 each) on a date, by the learner or their tutor. */
@Revision("1")
public record WiderSkillsRatedEvent(
    String ratingId,
    String learnerId,
    LocalDate date,
    AssessmentKind kind,
    WiderSkillsRater ratedBy,
    WiderSkillsRatings ratings) {}
