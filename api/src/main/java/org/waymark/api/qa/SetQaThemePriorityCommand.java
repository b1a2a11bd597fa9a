package org.waymark.api.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a theme's key priorities and actions for improvement at a visit (the form's "What are the
 * key priorities / actions for improvement?" under each theme); replaces any earlier text.
 */
public record SetQaThemePriorityCommand(
    @TargetAggregateIdentifier String visitId, int theme, String priorities) {}
