package org.waymark.api.behaviour;

/** The learner's part in an incident: bullying is logged for the target as well as the bully. */
public enum IncidentRole {
  INSTIGATOR,
  TARGET,
  INVOLVED,
  WITNESS
}
