package org.waymark.api.learner;

/** The major ethnic groups used for reporting (CONTRACT.md, "Characteristic codes"). */
public enum EthnicGroup {
  White,
  Mixed,
  Asian,
  Black,
  Chinese,
  Other,
  Unclassified
}
