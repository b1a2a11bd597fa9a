package org.waymark.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.waymark.access.account.UserAccounts;

/**
 * Provider scope and tutors' assignments, checked for the user of the current request. A request
 * without an authenticated user (a system task, such as the demo loader or a rebuild) is not
 * limited here; the security filter chain has already refused anonymous HTTP requests.
 */
public class AccessScope {
  private final ObjectProvider<LearnerLocator> locators;
  private final UserAccounts accounts;

  public AccessScope(ObjectProvider<LearnerLocator> locators, UserAccounts accounts) {
    this.locators = locators;
    this.accounts = accounts;
  }

  /** Refuses a provider outside the current user's scope. */
  public void requireProvider(String providerId) {
    WaymarkUser.current()
        .filter(u -> !u.covers(providerId))
        .ifPresent(
            u -> {
              throw new OutOfScopeException("provider " + providerId + " is outside your scope");
            });
  }

  /**
   * Refuses a learner the current user may not see or record for: a tutor (without a wider role)
   * only their assigned learners; anyone else learners of a provider in their scope. An unknown
   * learner passes (the request then answers 404 or creates it, within {@code providerIfUnknown}'s
   * scope when given).
   */
  public void requireLearner(String learnerId, String providerIfUnknown) {
    WaymarkUser u = WaymarkUser.current().orElse(null);
    if (u == null) {
      return;
    }
    if (u.tutorOnly() && !u.hasAny(Set.of(Role.ADMIN))) {
      if (!accounts.learnersOf(u.username()).contains(learnerId)) {
        throw new OutOfScopeException("learner " + learnerId + " is not assigned to you");
      }
      return;
    }
    if (u.allProviders()) {
      return;
    }
    Set<String> providers = providersOf(learnerId);
    if (providers.isEmpty()) {
      if (providerIfUnknown != null) {
        requireProvider(providerIfUnknown);
      }
      return;
    }
    if (providers.stream().noneMatch(u::covers)) {
      throw new OutOfScopeException("learner " + learnerId + " is outside your scope");
    }
  }

  /** The providers a learner belongs to, from the first locator that knows them. */
  public Set<String> providersOf(String learnerId) {
    for (LearnerLocator l : locators.orderedStream().toList()) {
      Set<String> found = l.providersOf(learnerId);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return Set.of();
  }

  /**
   * The {@code provider} filter to apply: the requested ones (each must be in scope), or, when none
   * is requested, every provider of a scoped user (empty = no filter, every provider).
   */
  public List<String> providerFilter(List<String> requested) {
    WaymarkUser u = WaymarkUser.current().orElse(null);
    if (u == null || u.allProviders()) {
      return requested;
    }
    if (requested.isEmpty()) {
      return new ArrayList<>(new java.util.TreeSet<>(u.providers()));
    }
    requested.forEach(this::requireProvider);
    return requested;
  }
}
