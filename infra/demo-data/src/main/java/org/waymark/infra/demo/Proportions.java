package org.waymark.infra.demo;

import java.util.Map;
import org.waymark.api.learner.EthnicGroup;

/**
 * The headline proportions of a dataset, all percentages: the characteristics of its learners and
 * the attendance indicators of CONTRACT.md ("Definitions") over the whole period.
 *
 * @param ethnicGroups the share of learners in each major ethnic group, in {@link EthnicGroup}
 *     order
 * @param overallAbsence Σ absence / Σ possible × 100
 * @param persistentAbsence learners absent for at least 10% of their possible sessions / learners
 *     with possible &gt; 0 × 100
 */
public record Proportions(
    double disadvantaged,
    double senSupport,
    double ehcPlan,
    double eal,
    double lookedAfter,
    Map<EthnicGroup, Double> ethnicGroups,
    double overallAbsence,
    double persistentAbsence) {

  public Proportions {
    ethnicGroups = Map.copyOf(ethnicGroups);
  }
}
