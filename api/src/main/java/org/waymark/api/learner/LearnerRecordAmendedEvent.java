package org.waymark.api.learner;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.waymark.api.event.FieldChange;

/**
 * Recorded values of a learner were corrected: as if they had always been so (contrast a dated
 * characteristic change). @param reason why, where the source gave one
 */
@Revision("1")
public record LearnerRecordAmendedEvent(
    String learnerId, List<FieldChange> changes, String reason) {}
