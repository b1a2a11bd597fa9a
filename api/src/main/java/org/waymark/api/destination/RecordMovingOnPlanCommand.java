package org.waymark.api.destination;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The moving-on plan (seed 001): the destination the learner intends, and the support offered
 * through the transition to further learning or employment. Recording it again identically changes
 * nothing; different content records the plan as it now stands.
 */
public record RecordMovingOnPlanCommand(
    String learnerId,
    LocalDate agreedOn,
    DestinationType intendedDestination,
    String intendedDetail,
    String transitionSupport) {

  @TargetAggregateIdentifier
  public String destinationId() {
    return DestinationId.of(learnerId);
  }
}
