package org.waymark.api.provider;

/** The kind of an education or training provider (CONTRACT.md, providers dataset). */
public enum ProviderKind {
  SCHOOL,
  COLLEGE,
  WORK_BASED_LEARNING,
  ALTERNATIVE_PROVISION
}
