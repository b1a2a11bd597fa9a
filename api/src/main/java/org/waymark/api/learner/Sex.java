package org.waymark.api.learner;

/** Sex as recorded in the school census: {@code F} or {@code M} (CONTRACT.md, learners dataset). */
public enum Sex {
  F,
  M
}
