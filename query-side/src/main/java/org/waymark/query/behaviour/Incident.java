package org.waymark.query.behaviour;

import java.util.List;
import org.waymark.api.behaviour.IncidentCategory;
import org.waymark.api.behaviour.IncidentRole;
import org.waymark.api.behaviour.IncidentSeverity;

/**
 * What a behaviour incident records, with its follow-ups in the order they were recorded.
 *
 * @param bullying whether the category is bullying in any form (counted together)
 * @param description free text: stored, not indexed
 * @param actionTaken free text: stored, not indexed
 */
public record Incident(
    IncidentCategory category,
    boolean bullying,
    IncidentRole role,
    IncidentSeverity severity,
    String reportedBy,
    String description,
    String actionTaken,
    List<IncidentFollowUp> followUps) {

  public Incident {
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }
}
