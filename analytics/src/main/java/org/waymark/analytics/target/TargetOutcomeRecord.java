package org.waymark.analytics.target;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.api.target.TargetOutcome;

/**
 * One outcome recorded for a target (CONTRACT.md target_outcomes dataset: target_id, date, outcome,
 * new_due_on?).
 *
 * @param date the date of the outcome
 * @param outcome MET, PARTIALLY_MET, NOT_MET, CARRIED_FORWARD or WITHDRAWN
 * @param newDueOn the new due date of a CARRIED_FORWARD outcome, null otherwise
 */
public record TargetOutcomeRecord(LocalDate date, TargetOutcome outcome, LocalDate newDueOn) {
  public TargetOutcomeRecord {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == TargetOutcome.CARRIED_FORWARD && newDueOn == null) {
      throw new IllegalArgumentException("a CARRIED_FORWARD outcome needs new_due_on");
    }
  }
}
