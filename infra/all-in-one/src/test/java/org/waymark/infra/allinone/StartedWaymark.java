package org.waymark.infra.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/**
 * {@link RunningWaymark} for test packages outside this one (the dashboard pages' tests): the same
 * start, e2e imports and HTTP helpers, public.
 */
public final class StartedWaymark implements AutoCloseable {
  private final RunningWaymark waymark;

  private StartedWaymark(RunningWaymark waymark) {
    this.waymark = waymark;
  }

  /** Starts the all-in-one for {@code testClass} (its own database, topic and indices). */
  public static StartedWaymark start(Class<?> testClass) throws Exception {
    return new StartedWaymark(RunningWaymark.start(testClass));
  }

  /**
   * As {@link #start(Class)}, with the clock pinned at {@code today} (noon UTC), so figures that
   * depend on the current academic year (the published aggregates keep this year and the last) stay
   * the same whenever the test runs.
   */
  public static StartedWaymark startOn(Class<?> testClass, java.time.LocalDate today)
      throws Exception {
    return new StartedWaymark(
        RunningWaymark.start(
            testClass, java.util.Map.of("waymark.clock.fixed", today + "T12:00:00Z")));
  }

  public String base() {
    return waymark.base();
  }

  /** Imports every e2e dataset and waits until the read models caught up. */
  public void importE2eDataset() throws Exception {
    waymark.importE2eDataset();
  }

  /** Posts {@code e2e/<resource>} to the import of {@code dataset}; returns the position. */
  public long importFile(String dataset, String resource) throws Exception {
    return waymark.importFile(dataset, resource);
  }

  public void awaitCaughtUp() throws Exception {
    waymark.awaitCaughtUp();
  }

  /** GET expecting 200, as JSON. */
  public JsonNode get(String pathAndQuery) throws Exception {
    return waymark.get(pathAndQuery);
  }

  /** The {@code Authorization} header of the test account (every role, every provider). */
  public String authorization() {
    return RunningWaymark.TESTER;
  }

  /** Creates (or replaces) a local account through the admin API. */
  public void createAccount(
      String username,
      String password,
      java.util.List<String> roles,
      java.util.List<String> providers)
      throws Exception {
    waymark.createAccount(username, password, roles, providers);
  }

  /** Sends a request with the given {@code Authorization} header (null: none). */
  public HttpResponse<String> send(
      String authorization, String method, String pathAndQuery, String contentType, String body)
      throws Exception {
    return waymark.send(authorization, method, pathAndQuery, contentType, body);
  }

  public HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
    return waymark.send(method, pathAndQuery);
  }

  @Override
  public void close() {
    waymark.close();
  }
}
