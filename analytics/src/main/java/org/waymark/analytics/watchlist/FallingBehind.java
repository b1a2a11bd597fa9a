package org.waymark.analytics.watchlist;

/**
 * A learner who is falling behind on at least one count, with the figures behind each flag.
 *
 * @param learnerId the learner
 * @param possible possible sessions in the period
 * @param attendanceRate (present + approved) / possible × 100, null without possible sessions
 * @param lowAttendance attendance below the criteria's minimum
 * @param targetsMissedInARow the learner's latest run of NOT_MET targets
 * @param missingTargets that run is at least the criteria's
 * @param onTargetAtLastReview on target at the latest review on or before the date, null when never
 *     reviewed
 * @param notOnTarget not on target at the latest review
 * @param reviewOverdue not review-current at the date
 */
public record FallingBehind(
    String learnerId,
    int possible,
    Double attendanceRate,
    boolean lowAttendance,
    int targetsMissedInARow,
    boolean missingTargets,
    Boolean onTargetAtLastReview,
    boolean notOnTarget,
    boolean reviewOverdue) {}
