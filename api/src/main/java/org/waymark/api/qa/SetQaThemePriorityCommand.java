package org.waymark.api.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a theme's key priorities and actions for improvement at a visit (the form's "What are the
 * key priorities / actions for improvement?" under each theme); replaces any earlier text.
 */
public record SetQaThemePriorityCommand(String visitId, int theme, String priorities) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.visit(visitId);
  }
}
