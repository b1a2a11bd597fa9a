package org.waymark.analytics.equality;

/**
 * A group's mean against the rest of the cohort's, with Welch's t-test: whether a progress gap is
 * real or noise (issue 4, "so governors see which gaps are real").
 *
 * @param measure the measure's name ({@code distanceTravelled})
 * @param groupCount the group's values
 * @param groupMean their mean, null when none
 * @param groupStandardDeviation their sample standard deviation, null with fewer than 2
 * @param restCount the rest's values
 * @param restMean their mean, null when none
 * @param restStandardDeviation their sample standard deviation, null with fewer than 2
 * @param difference groupMean − restMean (the gap), null unless both exist
 * @param t Welch's t statistic, null when not tested
 * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom, null when not tested
 * @param pValue the two-sided p-value, null when not tested (fewer than 2 values on a side, or no
 *     spread at all)
 * @param significant whether {@code pValue < 0.05}
 */
public record MeanComparison(
    String measure,
    long groupCount,
    Double groupMean,
    Double groupStandardDeviation,
    long restCount,
    Double restMean,
    Double restStandardDeviation,
    Double difference,
    Double t,
    Double degreesOfFreedom,
    Double pValue,
    boolean significant) {}
