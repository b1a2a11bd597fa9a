package org.waymark.analytics.equality;

/**
 * A group's rate against the same rate for the rest of the cohort (everyone in scope not in the
 * group), so governors see which gaps are real (issue 4, "Breakdowns and equality").
 *
 * @param rate the rate's name ({@code absenceRate}, {@code persistentAbsenceRate}...)
 * @param groupNumerator the group's count of events (absence sessions, absentees, met targets...)
 * @param groupDenominator the group's denominator
 * @param restNumerator the rest of the cohort's count of events
 * @param restDenominator the rest of the cohort's denominator
 * @param groupRate {@code groupNumerator / groupDenominator × 100}, null when the denominator is 0
 * @param restRate {@code restNumerator / restDenominator × 100}, null when the denominator is 0
 * @param relativeRisk {@code groupRate / restRate}; null when either is null or the rest's rate is
 *     0
 * @param test the test used, null when a denominator is 0 (nothing to test)
 * @param pValue the two-sided p-value, null when no test was run
 * @param significant whether {@code pValue < 0.05}
 */
public record RateComparison(
    String rate,
    long groupNumerator,
    long groupDenominator,
    long restNumerator,
    long restDenominator,
    Double groupRate,
    Double restRate,
    Double relativeRisk,
    StatisticalTest test,
    Double pValue,
    boolean significant) {}
