package org.waymark.api.provider;

/** The outcome of a provider's last Ofsted inspection, as the QA pre-visit check records it. */
public enum InspectionOutcome {
  OUTSTANDING,
  GOOD,
  REQUIRES_IMPROVEMENT,
  INADEQUATE,
  NOT_GRADED
}
