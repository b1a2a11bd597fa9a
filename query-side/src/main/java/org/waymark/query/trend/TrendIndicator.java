package org.waymark.query.trend;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators a trend can follow, each one figure of a CONTRACT.md indicator computed for every
 * period: the attendance figures over the period's marks, distance travelled on the assessments
 * dated by the period's end, target achievement over the outcomes dated in the period, review
 * currency at the period's last day.
 */
public enum TrendIndicator {
  ABSENCE_RATE("absence-rate", "absenceRate", "learners"),
  PERSISTENT_ABSENCE("persistent-absence", "persistentAbsenceRate", "learners"),
  DISTANCE_TRAVELLED("distance-travelled", "meanDistanceTravelled", "learners"),
  TARGET_ACHIEVEMENT("target-achievement", "achievementRate", "learners"),
  REVIEW_CURRENCY("review-currency", "reviewCurrency", "active");

  private final String path;
  private final String figure;
  private final String learners;

  TrendIndicator(String path, String figure, String learners) {
    this.path = path;
    this.figure = figure;
    this.learners = learners;
  }

  /** The breakdown field that counts the learners a figure is about. */
  public String learnersField() {
    return learners;
  }

  public String path() {
    return path;
  }

  /** The breakdown figure the series follows. */
  public String figure() {
    return figure;
  }

  public static Optional<TrendIndicator> fromPath(String path) {
    return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
  }
}
