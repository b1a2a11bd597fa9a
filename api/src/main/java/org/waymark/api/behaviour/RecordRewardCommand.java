package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a reward given to a learner. Recorded once, as incidents are.
 *
 * @param points points awarded, or null when the reward is not in points
 * @param reason free text: what it was for
 */
public record RecordRewardCommand(
    String rewardId,
    String learnerId,
    LocalDate awardedOn,
    RewardKind kind,
    Integer points,
    String awardedBy,
    boolean sharedWithHomeSchool,
    String reason) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return BehaviourIds.reward(rewardId);
  }
}
