package org.waymark.analytics.target;

import java.time.LocalDate;
import org.waymark.api.target.TargetOutcome;

/**
 * A target as it stood at a date (CONTRACT.md "Definitions", "Targets").
 *
 * @param targetId the target
 * @param learnerId its learner
 * @param at the date
 * @param dueOn the due date in force at {@code at}: the {@code new_due_on} of the latest
 *     CARRIED_FORWARD outcome dated on or before {@code at}, else the original due date
 * @param finalOutcome the final outcome dated on or before {@code at}, null when none
 * @param finalOutcomeOn its date
 * @param overdue no final outcome and {@code dueOn} before {@code at}
 */
public record TargetStatus(
    String targetId,
    String learnerId,
    LocalDate at,
    LocalDate dueOn,
    TargetOutcome finalOutcome,
    LocalDate finalOutcomeOn,
    boolean overdue) {}
