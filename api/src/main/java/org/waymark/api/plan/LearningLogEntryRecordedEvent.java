package org.waymark.api.plan;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The learner recorded a learning-log entry. Personal data: never log its text. */
@Revision("1")
public record LearningLogEntryRecordedEvent(
    String learnerId,
    String entryId,
    LocalDate writtenOn,
    String whatILearned,
    String howILearned,
    String whatWentWell,
    String whatWasDifficult) {}
