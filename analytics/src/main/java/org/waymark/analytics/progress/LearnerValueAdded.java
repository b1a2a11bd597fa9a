package org.waymark.analytics.progress;

/**
 * A learner's value added (CONTRACT.md "Definitions", "Progress"): distance travelled − the mean
 * distance travelled of all learners in scope with the same baseline band (band = ⌊baseline⌋).
 *
 * @param progress the learner's progress, with a defined distance travelled
 * @param band ⌊baseline⌋
 * @param bandLearners learners in scope in that band with a defined distance travelled
 * @param bandMeanDistanceTravelled their mean distance travelled
 * @param valueAdded distance travelled − bandMeanDistanceTravelled
 */
public record LearnerValueAdded(
    LearnerProgress progress,
    long band,
    int bandLearners,
    double bandMeanDistanceTravelled,
    double valueAdded) {}
