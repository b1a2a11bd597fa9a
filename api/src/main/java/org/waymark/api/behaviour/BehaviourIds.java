package org.waymark.api.behaviour;

/**
 * Incidents and rewards are keyed {@code incident:<id>} and {@code reward:<id>} in the event store:
 * Axon requires aggregate identifiers unique across types, and client-chosen ids may coincide.
 */
public final class BehaviourIds {
  private BehaviourIds() {}

  public static String incident(String incidentId) {
    return "incident:" + incidentId;
  }

  public static String reward(String rewardId) {
    return "reward:" + rewardId;
  }
}
