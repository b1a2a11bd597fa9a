package org.waymark.query.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * One wider-skills rating in the {@code wider-skills} read model, keyed by the event's {@code
 * ratingId} (learner + date + kind + rater). The four ratings can be amended together; {@code
 * versions} keeps each set of ratings with when it was recorded and superseded, for {@code asAt}.
 *
 * @param ratings the current ratings
 * @param firstRecordedAt when the rating was first recorded
 * @param position the global index of the last event applied
 * @param versions every set of ratings, oldest first (stored, not indexed)
 */
public record WiderSkillsDocument(
    String ratingId,
    String learnerId,
    LocalDate date,
    AssessmentKind kind,
    WiderSkillsRater ratedBy,
    WiderSkillsRatings ratings,
    Instant firstRecordedAt,
    long position,
    List<Version<WiderSkillsRatings>> versions)
    implements Positioned {

  /** The ratings in force at {@code asAt} ({@code null}: now); empty before the first. */
  public Optional<WiderSkillsRatings> ratingsAt(Instant asAt) {
    return asAt == null ? Optional.ofNullable(ratings) : History.at(versions, asAt);
  }
}
