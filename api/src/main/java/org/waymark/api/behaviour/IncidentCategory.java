package org.waymark.api.behaviour;

/**
 * What kind of behaviour incident was logged (seed 002, theme six: "log of behaviour incidents
 * (including bullying)").
 */
public enum IncidentCategory {
  BULLYING,
  CYBERBULLYING,
  DISRUPTION,
  VERBAL_ABUSE,
  PHYSICAL_AGGRESSION,
  DAMAGE_TO_PROPERTY,
  DISCRIMINATION,
  ONLINE_SAFETY,
  SUBSTANCE_MISUSE,
  LEAVING_SITE,
  OTHER;

  /** Bullying in any form, counted together when incidents are analysed. */
  public boolean isBullying() {
    return this == BULLYING || this == CYBERBULLYING;
  }
}
