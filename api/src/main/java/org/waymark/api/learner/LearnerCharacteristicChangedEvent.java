package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.waymark.api.query.Characteristic;

/**
 * A characteristic of a learner changed with effect from a date; breakdowns use the value in effect
 * at the period's end.
 */
@Revision("1")
public record LearnerCharacteristicChangedEvent(
    String learnerId,
    Characteristic characteristic,
    String oldValue,
    String newValue,
    LocalDate effectiveOn) {}
