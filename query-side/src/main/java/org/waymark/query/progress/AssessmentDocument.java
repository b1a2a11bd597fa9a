package org.waymark.query.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.analytics.progress.Assessment;
import org.waymark.api.progress.AssessmentKind;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * One assessment in the {@code assessments} read model, keyed by the event's {@code assessmentId}
 * (the natural key learner + area + date + kind, CONTRACT.md assessments dataset).
 *
 * <p>Learner, area, date and kind make the key, so only the score is ever amended: {@code versions}
 * holds every score with when it was recorded and superseded, so an amended score counts with its
 * old value {@code asAt} an instant before the amendment. The flat fields are the current state,
 * indexed for the reader's filters (area, date, first recorded).
 *
 * @param score the current score
 * @param firstRecordedAt when the assessment was first recorded: it does not exist at an earlier
 *     {@code asAt}
 * @param position the global index of the last event applied
 * @param versions every score, oldest first (stored, not indexed)
 */
public record AssessmentDocument(
    String assessmentId,
    String learnerId,
    String area,
    LocalDate date,
    AssessmentKind kind,
    Double score,
    Instant firstRecordedAt,
    long position,
    List<Version<Double>> versions)
    implements Positioned {

  /**
   * The assessment as the event history stood at {@code asAt} ({@code null}: now); empty when it
   * was not yet recorded then. Needs {@code versions} unless {@code asAt} is null.
   */
  public Optional<Assessment> at(Instant asAt) {
    Double s = asAt == null ? score : History.at(versions, asAt).orElse(null);
    if (s == null) {
      return Optional.empty();
    }
    return Optional.of(new Assessment(learnerId, area, date, kind, s));
  }
}
