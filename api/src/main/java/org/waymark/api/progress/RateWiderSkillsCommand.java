package org.waymark.api.progress;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records, or amends, one wider-skills rating of a learner: the natural key is learner + date +
 * kind + rater (see {@link #key}).
 *
 * @param reason why a recorded rating is being changed, or null
 */
public record RateWiderSkillsCommand(
    @TargetAggregateIdentifier String ratingId,
    String learnerId,
    LocalDate date,
    AssessmentKind kind,
    WiderSkillsRater ratedBy,
    WiderSkillsRatings ratings,
    String reason) {

  public static String key(
      String learnerId, LocalDate date, AssessmentKind kind, WiderSkillsRater ratedBy) {
    return "wider-skills:" + learnerId + ":" + date + ":" + kind + ":" + ratedBy;
  }
}
