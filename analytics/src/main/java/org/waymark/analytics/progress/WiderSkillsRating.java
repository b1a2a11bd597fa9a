package org.waymark.analytics.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A wider-skills (soft-skill) rating of a learner, 1 (low) to 5 (high), e.g. independence,
 * confidence, self-esteem, resilience (issue 5, "Assessments").
 *
 * @param learnerId the learner
 * @param skill the skill rated, as named by the catalogue
 * @param date the date of the rating
 * @param rating 1..5
 */
public record WiderSkillsRating(String learnerId, String skill, LocalDate date, int rating) {
  public WiderSkillsRating {
    Objects.requireNonNull(learnerId, "learnerId");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(date, "date");
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException(
          "wider-skills rating of " + skill + " must be 1 to 5, was " + rating);
    }
  }
}
