package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Logs a behaviour incident for a learner. Recorded once: the same id and content again records
 * nothing; the same id with other content is refused.
 *
 * @param description free text: what happened
 * @param actionTaken free text: the immediate response, or null
 */
public record RecordBehaviourIncidentCommand(
    String incidentId,
    String learnerId,
    LocalDate occurredOn,
    IncidentCategory category,
    IncidentRole role,
    IncidentSeverity severity,
    String reportedBy,
    String description,
    String actionTaken) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return BehaviourIds.incident(incidentId);
  }
}
