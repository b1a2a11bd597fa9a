package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds an action to an open improvement plan: the area for improvement (optionally the framework
 * theme and criterion it answers), the action, by when, and the person responsible.
 *
 * @param theme the framework theme the area belongs to, or null
 * @param criterion the framework criterion ({@code "3.5"}), or null
 */
public record AddImprovementActionCommand(
    String planId,
    String actionId,
    Integer theme,
    String criterion,
    String area,
    String action,
    LocalDate byWhen,
    String personResponsible) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.plan(planId);
  }
}
