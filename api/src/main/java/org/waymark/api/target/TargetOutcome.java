package org.waymark.api.target;

/**
 * The outcome recorded for a target. Every outcome but {@link #CARRIED_FORWARD} is final: a target
 * has at most one final outcome.
 */
public enum TargetOutcome {
  MET,
  PARTIALLY_MET,
  NOT_MET,
  CARRIED_FORWARD,
  WITHDRAWN;

  public boolean isFinal() {
    return this != CARRIED_FORWARD;
  }
}
