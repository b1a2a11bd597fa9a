package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a learner with the characteristics of the learners dataset (CONTRACT.md). Input shape
 * is validated before this command is sent; the aggregate enforces that a learner is registered
 * once.
 *
 * @param yearGroup the year group as written, or {@code null} when not recorded
 */
public record RegisterLearnerCommand(
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
