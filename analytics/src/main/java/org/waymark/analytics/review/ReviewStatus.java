package org.waymark.analytics.review;

import java.time.LocalDate;

/**
 * Whether a learner is review-current at a date (CONTRACT.md "Definitions", "Reviews").
 *
 * @param learnerId the learner
 * @param at the date
 * @param latestReviewOn the date of their latest review held on or before {@code at}, null if none
 * @param daysSinceLatest days from that review to {@code at}, null if none
 * @param windowDays the window of the learner's provider
 * @param current {@code daysSinceLatest ≤ windowDays}
 */
public record ReviewStatus(
    String learnerId,
    LocalDate at,
    LocalDate latestReviewOn,
    Long daysSinceLatest,
    int windowDays,
    boolean current) {}
