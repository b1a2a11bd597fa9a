package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A recorded wider-skills rating was changed: old and new ratings, and why where given. */
@Revision("1")
public record WiderSkillsRatingAmendedEvent(
    String ratingId,
    String learnerId,
    LocalDate date,
    AssessmentKind kind,
    WiderSkillsRater ratedBy,
    WiderSkillsRatings previous,
    WiderSkillsRatings ratings,
    String reason) {}
