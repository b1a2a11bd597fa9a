package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.waymark.api.query.Characteristic;

/**
 * A characteristic of a learner changes from a date (becomes disadvantaged, SEND status changes,
 * becomes looked after…). @param value the new value as a contract code (Y/N, K, WBRI, a year
 * group)
 */
public record ChangeLearnerCharacteristicCommand(
    @TargetAggregateIdentifier String learnerId,
    Characteristic characteristic,
    String value,
    LocalDate effectiveOn) {}
