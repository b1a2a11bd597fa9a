package org.waymark.api.qa;

/** How an improvement action ended when it was closed. */
public enum ImprovementActionOutcome {
  ACHIEVED,
  NOT_ACHIEVED,
  WITHDRAWN
}
