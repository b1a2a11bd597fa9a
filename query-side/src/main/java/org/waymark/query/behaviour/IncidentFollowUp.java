package org.waymark.query.behaviour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One follow-up of an incident, as recorded.
 *
 * @param action free text: stored, not indexed
 */
public record IncidentFollowUp(
    LocalDate followedUpOn,
    String followedUpBy,
    boolean homeSchoolInformed,
    boolean parentsCarersInformed,
    String action,
    Instant recordedAt,
    String recordedBy,
    long position) {}
