package org.waymark.query.learner;

import java.time.Instant;
import java.time.LocalDate;
import org.waymark.api.learner.LearnerRegisteredEvent;

/**
 * A learner's current state in the {@code learners} read model. Codes as in CONTRACT.md ({@code
 * Y}/{@code N}, census codes) so the document answers the query API as it is.
 *
 * @param position the global index of the last event applied, so a re-delivered event is known
 */
public record LearnerDocument(
    String learnerId,
    String providerId,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    String sex,
    String ethnicity,
    String ethnicGroup,
    String send,
    String disadvantaged,
    String lookedAfter,
    String eal,
    String yearGroup,
    LocalDate enrolledOn,
    Instant registeredAt,
    String recordedBy,
    long position) {

  static LearnerDocument of(
      LearnerRegisteredEvent e, Instant registeredAt, String recordedBy, long position) {
    return new LearnerDocument(
        e.learnerId(),
        e.providerId(),
        e.givenName(),
        e.familyName(),
        e.dateOfBirth(),
        e.sex().name(),
        e.ethnicity().name(),
        e.ethnicity().group().name(),
        e.send().name(),
        yn(e.disadvantaged()),
        yn(e.lookedAfter()),
        yn(e.eal()),
        e.yearGroup(),
        e.enrolledOn(),
        registeredAt,
        recordedBy,
        position);
  }

  private static String yn(boolean b) {
    return b ? "Y" : "N";
  }
}
