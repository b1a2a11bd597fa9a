package org.waymark.analytics.progress;

/**
 * A learner's latest score and disadvantage status, as ranked by the disadvantage gap index.
 *
 * @param learnerId the learner
 * @param score the latest score
 * @param disadvantaged whether the learner is disadvantaged as of {@code to}
 */
public record RankedScore(String learnerId, double score, boolean disadvantaged) {}
