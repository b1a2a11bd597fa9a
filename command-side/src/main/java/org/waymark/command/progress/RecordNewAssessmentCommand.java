package org.waymark.command.progress;

import org.waymark.api.progress.RecordAssessmentCommand;

/**
 * An import's {@link RecordAssessmentCommand} for an assessment the store has no event of yet: the
 * {@link Assessment} is created without being loaded first, after the same checks.
 */
record RecordNewAssessmentCommand(RecordAssessmentCommand command) {}
