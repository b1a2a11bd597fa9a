package org.waymark.query.published;

/**
 * One published figure: a single number of one group of one breakdown over one period, already
 * under the small-number rule (CONTRACT.md "Small numbers"), never about one learner.
 *
 * @param indicator {@code attendance}, {@code progress}, {@code targets}, {@code reviews}, {@code
 *     qa}, {@code qa-theme}, {@code registration}, {@code improvement-actions}, {@code watchlist}
 *     (learners falling behind, counted per provider) or {@code self-review} (items and gaps of
 *     each provider's latest self-review per catalogue)
 * @param figure the figure's name as the query API names it ({@code absenceRate}, {@code
 *     meanDistanceTravelled}, {@code overdue}…)
 * @param by the characteristic ({@code sex}, {@code provider}…), or {@code total}
 * @param group the group key as the query API answers it, or {@code total}
 * @param area the progress area, the QA theme ({@code "1 Safeguarding"}) or the self-review
 *     catalogue's title; {@code null} otherwise
 * @param periodStart first day of the period (ISO date)
 * @param periodEnd last day of the period (ISO date); for point-in-time figures the date {@code at}
 * @param interval {@code month}, {@code period} (a whole academic year, or the year to date) or
 *     {@code at} (a position on {@code periodEnd})
 * @param toDate whether the period is still running (clipped to the day of publication), so that a
 *     later day's publication replaces it
 * @param value the figure; {@code null} when suppressed or undefined (no denominator)
 * @param learners the learners the figure counts ({@code active} for review currency); {@code null}
 *     when suppressed or not about learners
 * @param suppressed whether the group is hidden under the small-number rule
 * @param gapToRest the group's figure minus the rest of the cohort's; {@code null} for the total, a
 *     suppressed group or a figure without a comparison
 * @param significant whether that gap is statistically significant at 5% (two-proportion z or
 *     Fisher's exact test for rates, Welch's t-test for distance travelled)
 * @param publishedAt when the figure was computed (ISO instant)
 * @param position the projected position of the read models it was computed from
 */
public record PublishedAggregate(
    String indicator,
    String figure,
    String by,
    String group,
    String area,
    String periodStart,
    String periodEnd,
    String interval,
    boolean toDate,
    Double value,
    Integer learners,
    boolean suppressed,
    Double gapToRest,
    boolean significant,
    String publishedAt,
    long position) {

  /** The deterministic id: indicator|figure|by|group|periodStart|periodEnd|area. */
  public String id() {
    return String.join(
        "|", indicator, figure, by, group, periodStart, periodEnd, area == null ? "" : area);
  }
}
