package org.waymark.infra.allinone.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * TEST ONLY: a request with {@code X-Test-User} (and optionally {@code X-Test-Roles}, comma
 * separated) is seen by the application as that user with those roles, as the security layer will
 * make it. Added to the all-in-one by {@link TestPrincipalConfig} in tests only; never in main
 * code.
 */
public class TestPrincipalFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getHeader("X-Test-User");
    if (user == null || user.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader("X-Test-Roles");
    Set<String> roles =
        header == null
            ? Set.of()
            : Arrays.stream(header.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
    Principal principal = () -> user;
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public Principal getUserPrincipal() {
            return principal;
          }

          @Override
          public String getRemoteUser() {
            return user;
          }

          @Override
          public boolean isUserInRole(String role) {
            return roles.contains(role);
          }
        },
        response);
  }
}
