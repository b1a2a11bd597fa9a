package org.waymark.access;

import java.util.Set;

/**
 * Which providers a learner belongs to, for provider-scope checks on learner-level requests. Each
 * side answers from what it holds (the command side from the event store, the query side from its
 * learner read model).
 */
public interface LearnerLocator {

  /**
   * The providers the learner has belonged to (current first where known); empty when the learner
   * is unknown.
   */
  Set<String> providersOf(String learnerId);
}
