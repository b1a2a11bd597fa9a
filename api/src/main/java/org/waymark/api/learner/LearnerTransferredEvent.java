package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner moved from one provider to another with effect from a date. */
@Revision("1")
public record LearnerTransferredEvent(
    String learnerId, String fromProviderId, String toProviderId, LocalDate effectiveOn) {}
