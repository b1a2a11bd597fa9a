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
    @TargetAggregateIdentifier String incidentId,
    LocalDate followedUpOn,
    String followedUpBy,
    boolean homeSchoolInformed,
    boolean parentsCarersInformed,
    String action) {}
