package org.waymark.api.destination;

/** Where a learner moved on to; NEET = not in education, employment or training. */
public enum DestinationType {
  EDUCATION,
  EMPLOYMENT,
  TRAINING,
  NEET
}
