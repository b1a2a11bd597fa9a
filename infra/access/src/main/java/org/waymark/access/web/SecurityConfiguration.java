package org.waymark.access.web;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.waymark.access.AccessScope;
import org.waymark.access.account.LocalAccountAuthentication;

/**
 * Who may call what (issue 7): every endpoint of both sides, by role, in one place. Rules are
 * checked top to bottom; anything under {@code /api/} not listed is denied, so a new endpoint is
 * closed until it is given a rule here. Provider scope and the governors' rules are then applied by
 * {@link ScopeFilter}, and learner scope of commands by the command side.
 *
 * <p>Authentication: HTTP Basic and the login form against local accounts; bearer JWTs when a
 * {@link JwtDecoder} is configured ({@code spring.security.oauth2.resourceserver.jwt.*}). CSRF
 * tokens are required where a session authenticates (the browser pages), not for Basic or bearer
 * requests.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
  static final String[] ANY_READER = {"SENIOR_MANAGER", "GOVERNOR", "INSPECTOR"};
  static final String[] LEARNER_READERS = {
    "SENIOR_MANAGER", "INSPECTOR", "SAFEGUARDING_LEAD", "TUTOR"
  };
  static final String[] RECORDERS = {"TUTOR", "SENIOR_MANAGER", "SAFEGUARDING_LEAD"};
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  SecurityFilterChain waymarkSecurity(
      HttpSecurity http,
      LocalAccountAuthentication localAccounts,
      AccessScope scope,
      ObjectProvider<JwtDecoder> jwtDecoder,
      @Value("${waymark.security.jwt.username-claim:preferred_username}") String usernameClaim,
      @Value("${waymark.security.jwt.roles-claim:roles}") String rolesClaim,
      @Value("${waymark.security.jwt.providers-claim:providers}") String providersClaim)
      throws Exception {
    JwtDecoder decoder = jwtDecoder.getIfAvailable();
    Problems problems = new Problems(decoder != null);
    // Exactly one manager, without Boot's global one as a parent: a failed password is then
    // checked (and counted by the login throttle) once, not twice.
    http.authenticationManager(new ProviderManager(localAccounts))
        .httpBasic(b -> b.authenticationEntryPoint(problems).realmName("Waymark"))
        .formLogin(f -> f.defaultSuccessUrl("/dashboards", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        // API requests get a 401 problem body; browser pages the login form (the form login's own
        // entry point). Setting no single entry point keeps Spring's generated login page.
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(problems, r -> !Problems.isPage(r))
                    .accessDeniedHandler(problems))
        .csrf(
            c ->
                c.requireCsrfProtectionMatcher(
                    r ->
                        !SAFE_METHODS.contains(r.getMethod())
                            && r.getHeader("Authorization") == null
                            && r.getRequestedSessionId() != null))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; object-src 'none'; base-uri 'self';"
                                    + " form-action 'self'; frame-ancestors 'none'"))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new ScopeFilter(scope), AuthorizationFilter.class)
        .authorizeHttpRequests(
            a ->
                a
                    // Open: health for probes, metrics for Prometheus (no personal data by rule),
                    // the API description, the login page and static assets.
                    .requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/login",
                        "/error",
                        "/favicon.ico",
                        "/webjars/**",
                        "/dashboards/assets/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    // ADMIN: users, imports, rebuilds, erasure.
                    .requestMatchers("/api/v1/admin/**", "/api/v1/imports", "/api/v1/imports/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/api/v1/learners/*/erasure")
                    .hasRole("ADMIN")
                    // Anyone signed in: status, catalogues; the confidential read decides itself
                    // (SAFEGUARDING_LEAD or the author).
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/projections/status",
                        "/api/v1/published/status",
                        "/api/v1/catalogues/**",
                        "/api/v1/reviews/*/confidential")
                    .authenticated()
                    // Reading. Published aggregates are suppressed already: the governors' data.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/indicators/**",
                        "/api/v1/trends/**",
                        "/api/v1/published/**")
                    .hasAnyRole(ANY_READER)
                    .requestMatchers(HttpMethod.GET, "/api/v1/watchlist/**")
                    .hasAnyRole("SENIOR_MANAGER", "INSPECTOR", "SAFEGUARDING_LEAD")
                    .requestMatchers(HttpMethod.GET, "/api/v1/qa/**", "/api/v1/self-reviews/**")
                    .hasAnyRole("SENIOR_MANAGER", "INSPECTOR")
                    .requestMatchers(HttpMethod.GET, "/api/v1/audit/**")
                    .hasAnyRole("INSPECTOR", "SENIOR_MANAGER")
                    .requestMatchers(HttpMethod.GET, "/api/v1/learners/**")
                    .hasAnyRole(LEARNER_READERS)
                    // Recording: provider-level facts by senior managers...
                    .requestMatchers(
                        "/api/v1/providers",
                        "/api/v1/providers/**",
                        "/api/v1/placements",
                        "/api/v1/placements/**",
                        "/api/v1/qa/**",
                        "/api/v1/self-reviews",
                        "/api/v1/self-reviews/**")
                    .hasRole("SENIOR_MANAGER")
                    .requestMatchers(HttpMethod.POST, "/api/v1/learners")
                    .hasRole("SENIOR_MANAGER")
                    .requestMatchers(
                        "/api/v1/learners/*/characteristics",
                        "/api/v1/learners/*/leaving",
                        "/api/v1/learners/*/transfer")
                    .hasRole("SENIOR_MANAGER")
                    // ...learner-level facts by tutors (their learners) and senior managers.
                    .requestMatchers(
                        "/api/v1/attendance/**",
                        "/api/v1/reviews",
                        "/api/v1/reviews/**",
                        "/api/v1/targets",
                        "/api/v1/targets/**",
                        "/api/v1/assessments",
                        "/api/v1/behaviour/**",
                        "/api/v1/learners/*/plan/**",
                        "/api/v1/learners/*/destination",
                        "/api/v1/learners/*/destination/**",
                        "/api/v1/learners/*/wider-skills")
                    .hasAnyRole(RECORDERS)
                    .requestMatchers("/api/**")
                    .denyAll()
                    // Dashboard pages: any signed-in user; each page admits its audience only.
                    .requestMatchers(HttpMethod.GET, "/dashboards", "/dashboards/**")
                    .authenticated()
                    .anyRequest()
                    .authenticated());
    if (decoder != null) {
      // Its own manager: the form's and Basic's (set above) knows no JWT.
      JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
      jwt.setJwtAuthenticationConverter(new JwtUsers(usernameClaim, rolesClaim, providersClaim));
      ProviderManager bearer = new ProviderManager(jwt);
      http.oauth2ResourceServer(
          o ->
              o.authenticationEntryPoint(problems)
                  .accessDeniedHandler(problems)
                  .jwt(j -> j.authenticationManager(bearer)));
    }
    return http.build();
  }
}
