package org.waymark.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An authenticated user: who they are, their roles and the providers they may see.
 *
 * @param username the name events record as {@code recordedBy}
 * @param roles at least one
 * @param providers the providers in scope; empty means every provider (local-authority scope)
 */
public record WaymarkUser(String username, Set<Role> roles, Set<String> providers) {

  public WaymarkUser {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    providers = Set.copyOf(new TreeSet<>(providers));
  }

  /** Whether this user sees every provider. */
  public boolean allProviders() {
    return providers.isEmpty();
  }

  /** Whether {@code providerId} is within this user's scope. */
  public boolean covers(String providerId) {
    return allProviders() || providers.contains(providerId);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Collection<Role> any) {
    return any.stream().anyMatch(roles::contains);
  }

  /**
   * A governor and nothing that may see more: every breakdown is suppressed and no learner id or
   * name may reach them.
   */
  public boolean aggregatesOnly() {
    return has(Role.GOVERNOR) && !hasAny(Role.LEARNER_LEVEL);
  }

  /** Only a tutor when it comes to learner-level data: limited to their assigned learners. */
  public boolean tutorOnly() {
    return has(Role.TUTOR) && !hasAny(Role.LEARNER_LEVEL);
  }

  public List<GrantedAuthority> authorities() {
    return roles.stream()
        .sorted()
        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
        .toList();
  }

  /** The user of the current request, when one is authenticated. */
  public static Optional<WaymarkUser> current() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a != null && a.isAuthenticated() && a.getPrincipal() instanceof WaymarkUser u) {
      return Optional.of(u);
    }
    return Optional.empty();
  }
}
