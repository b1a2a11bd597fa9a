package org.waymark.api.qa;

/**
 * One criterion of the QA framework, as the form words it.
 *
 * @param theme the theme's number, 1 to 9
 * @param number the criterion's number within the framework, theme first ({@code "1.3"})
 * @param heading the short heading the form gives (themes 1, 2 and the first two of 3), or null
 * @param requirement the requirement text; paragraphs separated by a line feed
 */
public record QaCriterion(int theme, String number, String heading, String requirement) {}
