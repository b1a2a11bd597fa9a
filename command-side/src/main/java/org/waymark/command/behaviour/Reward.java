package org.waymark.command.behaviour;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.behaviour.BehaviourIds;
import org.waymark.api.behaviour.RecordRewardCommand;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.behaviour.RewardKind;
import org.waymark.privacy.PersonalData;

/**
 * A reward given to a learner. Recorded once: a retried identical reward records nothing, the same
 * id with other details is a conflict. Not dated in the future; points only for a POINTS reward,
 * and then positive.
 */
@Aggregate
class Reward {

  /** The event-store key ({@code BehaviourIds.reward(id)}); the plain id is what events carry. */
  @AggregateIdentifier private String aggregateId;

  private String rewardId;
  private RewardGivenEvent given;

  Reward() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordRewardCommand c, Clock clock, PersonalData data) {
    data.checkNotErased(c.learnerId());
    RewardGivenEvent event =
        new RewardGivenEvent(
            c.rewardId(),
            c.learnerId(),
            c.awardedOn(),
            c.kind(),
            c.points(),
            c.awardedBy(),
            c.sharedWithHomeSchool(),
            c.reason());
    if (rewardId != null) {
      if (!event.equals(given)) {
        throw new BehaviourConflictException(
            "rewardId", c.rewardId(), "a reward is already recorded under this id");
      }
      return;
    }
    if (c.awardedOn().isAfter(LocalDate.now(clock))) {
      throw new BehaviourRejectedException("awardedOn", c.awardedOn(), "must not be in the future");
    }
    if (c.kind() == RewardKind.POINTS && (c.points() == null || c.points() < 1)) {
      throw new BehaviourRejectedException(
          "points", c.points(), "must be a positive whole number for POINTS");
    }
    if (c.kind() != RewardKind.POINTS && c.points() != null) {
      throw new BehaviourRejectedException("points", c.points(), "is only for POINTS");
    }
    apply(text(event, data::seal));
  }

  @EventSourcingHandler
  void on(RewardGivenEvent e, PersonalData data) {
    this.aggregateId = BehaviourIds.reward(e.rewardId());
    this.rewardId = e.rewardId();
    this.given = text(e, data::openOrNull);
  }

  /** {@code e} with its reason passed through {@code f} (seal or open, given the learner). */
  static RewardGivenEvent text(RewardGivenEvent e, java.util.function.BinaryOperator<String> f) {
    return new RewardGivenEvent(
        e.rewardId(),
        e.learnerId(),
        e.awardedOn(),
        e.kind(),
        e.points(),
        e.awardedBy(),
        e.sharedWithHomeSchool(),
        f.apply(e.learnerId(), e.reason()));
  }
}
