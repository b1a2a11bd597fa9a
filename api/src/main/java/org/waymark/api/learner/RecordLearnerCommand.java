package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a learner from the learners dataset: registers when new, amends what differs when known
 * (a correction, not a dated change), and does nothing when identical.
 */
public record RecordLearnerCommand(
    @TargetAggregateIdentifier String learnerId,
    String providerId,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    Sex sex,
    Ethnicity ethnicity,
    SendStatus send,
    boolean disadvantaged,
    boolean lookedAfter,
    boolean eal,
    String yearGroup,
    LocalDate enrolledOn) {}
