package org.waymark.api.learner;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A learner was registered with a provider, with their characteristics as at enrolment. Stored
 * class name frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record LearnerRegisteredEvent(
    String learnerId,
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
