package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A behaviour incident was logged for a learner. {@code description} and {@code actionTaken} are
 * free text, kept apart from the facts so they can be encrypted.
 */
@Revision("1")
public record BehaviourIncidentRecordedEvent(
    String incidentId,
    String learnerId,
    LocalDate occurredOn,
    IncidentCategory category,
    IncidentRole role,
    IncidentSeverity severity,
    String reportedBy,
    String description,
    String actionTaken) {}
