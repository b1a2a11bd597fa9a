package org.waymark.analytics.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

/**
 * A learner's characteristics as they stood at one date (CONTRACT.md "Scope and group membership":
 * "those recorded with effect on or before {@code to}; the latest wins"). Build one with {@link
 * LearnerHistory#asOf(LocalDate)} or directly from a read model that already holds the state.
 *
 * @param learnerId the learner's id
 * @param providerId the learner's own provider ({@code learners.provider_id}, not a placement's)
 * @param yearGroup the year group as written, or {@code null} when not recorded
 * @param enrolledOn the date the learner was enrolled
 * @param leftOn the date the learner left, or {@code null} while they have not left
 */
public record LearnerProfile(
    String learnerId,
    String providerId,
    Sex sex,
    Ethnicity ethnicity,
    SendStatus send,
    boolean disadvantaged,
    boolean lookedAfter,
    boolean eal,
    String yearGroup,
    LocalDate enrolledOn,
    LocalDate leftOn) {

  public LearnerProfile {
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(ethnicity, "ethnicity");
    Objects.requireNonNull(send, "send");
    Objects.requireNonNull(enrolledOn, "enrolledOn");
  }

  /** Whether the learner is enrolled on or before {@code at} and has not left by then. */
  public boolean isActiveAt(LocalDate at) {
    return !enrolledOn.isAfter(at) && (leftOn == null || leftOn.isAfter(at));
  }

  /** Whether the learner has an education, health and care plan ({@code send = E}). */
  public boolean hasEhcPlan() {
    return send == SendStatus.E;
  }
}
