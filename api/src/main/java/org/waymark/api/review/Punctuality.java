package org.waymark.api.review;

/** The punctuality rating of the progress-review form (seed 004). */
public enum Punctuality {
  EXCELLENT,
  GOOD,
  REASONABLE,
  POOR
}
