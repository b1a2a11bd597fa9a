package org.waymark.api.behaviour;

/** How serious an incident was, as judged by the member of staff who logged it. */
public enum IncidentSeverity {
  LOW,
  MEDIUM,
  HIGH
}
