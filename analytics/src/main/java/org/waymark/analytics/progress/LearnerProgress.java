package org.waymark.analytics.progress;

import java.time.LocalDate;
import org.waymark.api.progress.AssessmentKind;

/**
 * One learner's progress in one area (CONTRACT.md "Definitions", "Progress"): baseline = earliest
 * BASELINE score; latest = score of the most recent PROGRESS or FINAL assessment (ties: FINAL over
 * PROGRESS); distance travelled = latest − baseline, defined only when both exist.
 *
 * @param learnerId the learner
 * @param area the area
 * @param baseline the earliest BASELINE score, null when there is none
 * @param baselineOn its date
 * @param latest the latest PROGRESS or FINAL score, null when there is none
 * @param latestOn its date
 * @param latestKind PROGRESS or FINAL
 * @param distanceTravelled latest − baseline, null unless both exist
 */
public record LearnerProgress(
    String learnerId,
    String area,
    Double baseline,
    LocalDate baselineOn,
    Double latest,
    LocalDate latestOn,
    AssessmentKind latestKind,
    Double distanceTravelled) {

  /** The value-added band of the baseline: ⌊baseline⌋, null without a baseline. */
  public Long baselineBand() {
    return baseline == null ? null : (long) Math.floor(baseline);
  }
}
