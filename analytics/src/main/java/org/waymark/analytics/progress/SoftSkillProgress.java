package org.waymark.analytics.progress;

import java.time.LocalDate;

/**
 * A learner's soft-skill distance travelled in one skill: the latest rating minus the first, by the
 * same rule as CONTRACT.md's distance travelled (first rating as the starting point, latest as the
 * current point), defined when the latest rating is dated after the first.
 *
 * @param learnerId the learner
 * @param skill the skill
 * @param first the earliest rating
 * @param firstOn its date
 * @param latest the most recent rating
 * @param latestOn its date
 * @param ratings how many ratings were taken into account
 * @param distanceTravelled latest − first, null with a single rating date
 */
public record SoftSkillProgress(
    String learnerId,
    String skill,
    int first,
    LocalDate firstOn,
    int latest,
    LocalDate latestOn,
    int ratings,
    Integer distanceTravelled) {}
