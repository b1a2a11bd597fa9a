package org.waymark.access.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.waymark.access.Role;
import org.waymark.access.WaymarkAuthentication;
import org.waymark.access.WaymarkUser;

/**
 * Turns a verified JWT from the organisation's identity provider into a {@link WaymarkUser}: the
 * username from {@code usernameClaim} (falling back to {@code sub}), roles from {@code rolesClaim}
 * (a list of role names; unknown names are ignored), providers from {@code providersClaim} (a list
 * of provider ids, {@code "*"} for the local authority's every provider). A token without any
 * Waymark role or without the providers claim is refused: no scope is ever assumed.
 */
final class JwtUsers implements Converter<Jwt, AbstractAuthenticationToken> {
  static final String ALL_PROVIDERS = "*";
  private final String usernameClaim;
  private final String rolesClaim;
  private final String providersClaim;

  JwtUsers(String usernameClaim, String rolesClaim, String providersClaim) {
    this.usernameClaim = usernameClaim;
    this.rolesClaim = rolesClaim;
    this.providersClaim = providersClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String username = jwt.getClaimAsString(usernameClaim);
    if (username == null || username.isBlank()) {
      username = jwt.getSubject();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : list(jwt, rolesClaim)) {
      try {
        roles.add(Role.parse(r));
      } catch (IllegalArgumentException ignored) {
        // Roles of other applications share the claim; only Waymark's count.
      }
    }
    if (roles.isEmpty()) {
      throw invalid("the token grants no Waymark role (claim '" + rolesClaim + "')");
    }
    if (!jwt.hasClaim(providersClaim)) {
      throw invalid("the token has no '" + providersClaim + "' claim");
    }
    List<String> providers = list(jwt, providersClaim);
    Set<String> scope = new TreeSet<>(providers);
    if (scope.isEmpty()) {
      throw invalid("the token's '" + providersClaim + "' claim is empty; use \"*\" for all");
    }
    if (scope.contains(ALL_PROVIDERS)) {
      scope = Set.of();
    }
    return new WaymarkAuthentication(new WaymarkUser(username, roles, scope), null);
  }

  private static List<String> list(Jwt jwt, String claim) {
    Object value = jwt.getClaims().get(claim);
    if (value instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).toList();
    }
    if (value instanceof String s && !s.isBlank()) {
      return List.of(s.trim().split("[ ,]+"));
    }
    return List.of();
  }

  private static OAuth2AuthenticationException invalid(String why) {
    return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", why, null), why);
  }
}
