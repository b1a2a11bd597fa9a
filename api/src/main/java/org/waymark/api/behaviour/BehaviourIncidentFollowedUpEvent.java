package org.waymark.api.behaviour;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An incident was followed up, and whether the home school and parents or carers were told. */
@Revision("1")
public record BehaviourIncidentFollowedUpEvent(
    String incidentId,
    String learnerId,
    LocalDate followedUpOn,
    String followedUpBy,
    boolean homeSchoolInformed,
    boolean parentsCarersInformed,
    String action) {}
