package org.waymark.command.target;

import org.waymark.api.target.SetTargetCommand;

/**
 * An import's {@link SetTargetCommand} for a target the store has no event of yet: the {@link
 * Target} is created without being loaded first, after the same checks.
 */
record SetNewTargetCommand(SetTargetCommand command) {}
