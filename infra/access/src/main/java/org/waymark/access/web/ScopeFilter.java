package org.waymark.access.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.access.AccessScope;
import org.waymark.access.OutOfScopeException;
import org.waymark.access.WaymarkUser;

/**
 * Applies provider scope and the governors' rules to requests the role rules have already let
 * through, so no controller has to remember them:
 *
 * <ul>
 *   <li>queries that take {@code provider} (indicators, trends, watchlist, QA lists, audit
 *       searches): a scoped user's request without {@code provider} is narrowed to their providers
 *       ("default all the caller may see", CONTRACT.md "Queries"); a requested provider outside the
 *       scope is refused;
 *   <li>a provider or learner in the path is checked against the scope (a tutor: their assigned
 *       learners);
 *   <li>a governor never receives an unsuppressed breakdown (CONTRACT.md "Small numbers"): {@code
 *       suppress=false} is refused.
 * </ul>
 */
final class ScopeFilter extends OncePerRequestFilter {
  private static final List<Pattern> PROVIDER_FILTERED =
      List.of(
          Pattern.compile("/api/v1/indicators/[^/]+"),
          Pattern.compile("/api/v1/trends/[^/]+"),
          Pattern.compile("/api/v1/watchlist/[^/]+"),
          Pattern.compile("/api/v1/qa/providers"),
          Pattern.compile("/api/v1/qa/improvement-plans"),
          Pattern.compile("/api/v1/audit/events"),
          Pattern.compile("/api/v1/audit/amendments"));
  private static final Pattern PROVIDER_PATH =
      Pattern.compile("/api/v1/(?:qa/providers|providers)/([^/]+)(?:/.*)?");
  private static final Pattern LEARNER_PATH =
      Pattern.compile("/api/v1/(?:learners|audit/learners|attendance)/([^/]+)(?:/.*)?");
  private static final Pattern SUPPRESSIBLE = Pattern.compile("/api/v1/(?:indicators|trends)/.*");

  private final AccessScope scope;

  ScopeFilter(AccessScope scope) {
    this.scope = scope;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<WaymarkUser> user = WaymarkUser.current();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (user.isEmpty() || !path.startsWith("/api/")) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest next = request;
    if (user.get().aggregatesOnly()
        && SUPPRESSIBLE.matcher(path).matches()
        && Arrays.stream(
                Optional.ofNullable(request.getParameterValues("suppress")).orElse(new String[0]))
            .anyMatch(v -> !"true".equalsIgnoreCase(v.trim()))) {
      throw new OutOfScopeException("governors receive suppressed breakdowns only");
    }
    if ("GET".equals(request.getMethod())
        && PROVIDER_FILTERED.stream().anyMatch(p -> p.matcher(path).matches())) {
      List<String> requested =
          request.getParameterValues("provider") == null
              ? List.of()
              : Arrays.asList(request.getParameterValues("provider"));
      List<String> applied = scope.providerFilter(requested);
      if (!applied.equals(requested)) {
        next = withParameter(request, "provider", applied);
      }
    }
    Matcher provider = PROVIDER_PATH.matcher(path);
    if (provider.matches()) {
      scope.requireProvider(provider.group(1));
    }
    Matcher learner = LEARNER_PATH.matcher(path);
    if (learner.matches() && !isLearnerCollection(path)) {
      scope.requireLearner(learner.group(1), null);
    }
    chain.doFilter(next, response);
  }

  /** {@code POST /api/v1/learners} registers a learner: no learner id in the path. */
  private static boolean isLearnerCollection(String path) {
    return path.equals("/api/v1/learners") || path.equals("/api/v1/learners/");
  }

  private static HttpServletRequest withParameter(
      HttpServletRequest request, String name, List<String> values) {
    Map<String, String[]> params = new LinkedHashMap<>(request.getParameterMap());
    params.put(name, values.toArray(String[]::new));
    String query = query(params);
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getParameter(String n) {
        String[] v = params.get(n);
        return v == null || v.length == 0 ? null : v[0];
      }

      @Override
      public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(params);
      }

      @Override
      public Enumeration<String> getParameterNames() {
        return Collections.enumeration(params.keySet());
      }

      @Override
      public String[] getParameterValues(String n) {
        return params.get(n);
      }

      @Override
      public String getQueryString() {
        return query;
      }
    };
  }

  private static String query(Map<String, String[]> params) {
    List<String> parts = new ArrayList<>();
    params.forEach(
        (k, vs) -> {
          for (String v : vs) {
            parts.add(
                java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)
                    + "="
                    + java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
          }
        });
    return String.join("&", parts);
  }
}
