package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner left their provider on a date. @param reason null when not given */
@Revision("1")
public record LearnerLeftEvent(
    String learnerId, String providerId, LocalDate leftOn, String reason) {}
