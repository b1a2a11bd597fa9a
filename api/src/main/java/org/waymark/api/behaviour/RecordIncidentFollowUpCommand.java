package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the follow-up of an incident (seed 002, theme six: "appropriate follow up that is
 * communicated with 'home' school").
 *
 * @param action free text: what was done
 */
public record RecordIncidentFollowUpCommand(
    String incidentId,
    LocalDate followedUpOn,
    String followedUpBy,
    boolean homeSchoolInformed,
    boolean parentsCarersInformed,
    String action) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return BehaviourIds.incident(incidentId);
  }
}
