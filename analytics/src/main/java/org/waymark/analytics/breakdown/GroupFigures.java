package org.waymark.analytics.breakdown;

import java.util.List;

/** The figures of one row of a breakdown, whatever the indicator. */
public interface GroupFigures {
  /**
   * The number of learners the row counts, as the indicator defines them (CONTRACT.md "Scope and
   * group membership"); small-number suppression is decided on it.
   */
  int learners();

  /**
   * The row's rates as proportions with their counts, in a fixed order; each is compared with the
   * rest of the cohort. Empty for an indicator made of means.
   */
  List<Proportion> proportions();
}
