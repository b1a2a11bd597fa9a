package org.waymark.access.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.waymark.access.OutOfScopeException;
import org.waymark.access.account.LoginThrottledException;

/**
 * The 401, 403 and 429 answers, as {@code application/problem+json} like every other error of the
 * API. A browser page request without a session is sent to the login form instead.
 */
final class Problems implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final boolean bearer;

  Problems(boolean bearer) {
    this.bearer = bearer;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginThrottledException t) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
      write(response, 429, "too-many-logins", "Too many failed logins", t.getMessage() + ".");
      return;
    }
    if (isPage(request)) {
      response.sendRedirect(request.getContextPath() + "/login");
      return;
    }
    response.addHeader("WWW-Authenticate", "Basic realm=\"Waymark\", charset=\"UTF-8\"");
    if (bearer) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"Waymark\"");
    }
    write(
        response,
        401,
        "unauthenticated",
        "Authentication required",
        "Sign in with HTTP Basic (local accounts)"
            + (bearer ? " or a bearer token from the identity provider" : "")
            + ".");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String detail =
        e instanceof OutOfScopeException
            ? e.getMessage() + "."
            : "Your role does not allow "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + ".";
    write(response, 403, "forbidden", "Forbidden", detail);
  }

  static void write(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:waymark:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }

  /** A browser asking for a page (not the API): worth a redirect to the login form. */
  static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/actuator")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
  }
}
