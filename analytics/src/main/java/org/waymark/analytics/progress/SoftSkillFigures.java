package org.waymark.analytics.progress;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;

/**
 * Soft-skill distance travelled of a group: means over the group's learners with a defined distance
 * travelled in the skill (or, for all skills together, with at least one).
 *
 * @param learners learners with a defined soft-skill distance travelled
 * @param meanFirst mean first rating, null when learners is 0
 * @param meanLatest mean latest rating
 * @param meanDistanceTravelled mean distance travelled
 * @param sumFirst Σ first rating
 * @param sumLatest Σ latest rating
 * @param sumDistanceTravelled Σ distance travelled
 */
public record SoftSkillFigures(
    int learners,
    Double meanFirst,
    Double meanLatest,
    Double meanDistanceTravelled,
    double sumFirst,
    double sumLatest,
    double sumDistanceTravelled)
    implements GroupFigures {

  @Override
  public List<Proportion> proportions() {
    return List.of();
  }
}
