package org.waymark.api.progress;

/** The kind of an assessment score (CONTRACT.md, assessments dataset). */
public enum AssessmentKind {
  BASELINE,
  PROGRESS,
  FINAL
}
