package org.waymark.api.qa;

/** Where an improvement action stands at a review of progress. */
public enum ImprovementActionStatus {
  NOT_STARTED,
  ON_TRACK,
  OFF_TRACK,
  ACHIEVED
}
