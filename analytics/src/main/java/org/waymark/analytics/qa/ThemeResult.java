package org.waymark.analytics.qa;

/**
 * A theme's judgements at a provider's latest visit (CONTRACT.md "Queries", {@code GET
 * /api/v1/qa/providers/{id}}, {@code themes}).
 *
 * @param theme the theme number
 * @param title its title
 * @param essential whether it is essential
 * @param fullyMet criteria judged FULLY_MET
 * @param partiallyMet criteria judged PARTIALLY_MET
 * @param notMet criteria judged NOT_MET
 * @param unjudged the theme's criteria without a judgement at that visit
 */
public record ThemeResult(
    int theme,
    String title,
    boolean essential,
    int fullyMet,
    int partiallyMet,
    int notMet,
    int unjudged) {}
