package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.access.account.BasicCredentials;
import org.waymark.infra.embedded.EmbeddedServicesExtension;
import org.waymark.infra.embedded.TestNamespace;

/**
 * The all-in-one as a test runs it: both sides in one context on the shared embedded services, the
 * test class's own database, topic and index prefix, a free port, and HTTP helpers. The end-to-end
 * dataset ({@code src/test/resources/e2e/}) can be imported in one call.
 */
public final class RunningWaymark implements AutoCloseable {
  public static final ObjectMapper JSON = new ObjectMapper();

  /** The e2e datasets in dependency order (the amendment file comes separately). */
  static final List<String> E2E_DATASETS =
      List.of(
          "providers",
          "learners",
          "placements",
          "attendance",
          "assessments",
          "targets",
          "target_outcomes",
          "reviews",
          "qa_judgements");

  /** The bootstrap admin's password in every test instance. */
  static final String ADMIN_PASSWORD = "it-admin-password-0001";

  static final String ADMIN = BasicCredentials.header("admin", ADMIN_PASSWORD);

  /**
   * The account requests use unless a test says otherwise: every role, every provider (the access
   * rules have tests of their own).
   */
  static final String TESTER = BasicCredentials.header("it-tester", "it-tester-password-0001");

  private final ConfigurableApplicationContext app;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();
  private long lastPosition = -1;

  private RunningWaymark(ConfigurableApplicationContext app, String base) {
    this.app = app;
    this.base = base;
  }

  public static RunningWaymark start(Class<?> testClass) throws Exception {
    return start(testClass, java.util.Map.of());
  }

  /** As {@link #start(Class)}, with further settings for the context. */
  static RunningWaymark start(Class<?> testClass, java.util.Map<String, Object> settings)
      throws Exception {
    TestNamespace ns = EmbeddedServicesExtension.namespaceFor(testClass);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    java.util.Map<String, Object> all = new java.util.LinkedHashMap<>(settings);
    all.putIfAbsent("waymark.security.bootstrap-admin-password", ADMIN_PASSWORD);
    ConfigurableApplicationContext app =
        WaymarkAllInOne.start(
            EmbeddedServicesExtension.services(), port, ns.database(), ns.topic(), ns.name(), all);
    RunningWaymark w = new RunningWaymark(app, "http://127.0.0.1:" + port);
    w.createAccount(
        "it-tester",
        "it-tester-password-0001",
        List.of("TUTOR", "SENIOR_MANAGER", "GOVERNOR", "INSPECTOR", "SAFEGUARDING_LEAD", "ADMIN"),
        List.of());
    return w;
  }

  ConfigurableApplicationContext app() {
    return app;
  }

  /** Creates (or replaces) a local account through the admin API. */
  void createAccount(String username, String password, List<String> roles, List<String> providers)
      throws Exception {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of(
                "username",
                username,
                "password",
                password,
                "roles",
                roles,
                "providers",
                providers));
    HttpResponse<String> r = send(ADMIN, "POST", "/api/v1/admin/users", "application/json", body);
    assertThat(r.statusCode()).as("account " + username + ": " + r.body()).isIn(200, 201);
  }

  /** Sends a request with the given {@code Authorization} header (null: none). */
  HttpResponse<String> send(
      String authorization, String method, String pathAndQuery, String contentType, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public String base() {
    return base;
  }

  /** Imports every e2e dataset (not the amendment) and waits until the read models caught up. */
  public void importE2eDataset() throws Exception {
    for (String dataset : E2E_DATASETS) {
      importFile(dataset, dataset + ".csv");
    }
    awaitCaughtUp();
  }

  /** Posts {@code e2e/<resource>} to the import of {@code dataset}; returns the position. */
  long importFile(String dataset, String resource) throws Exception {
    byte[] body;
    try (InputStream in = RunningWaymark.class.getResourceAsStream("/e2e/" + resource)) {
      body = in.readAllBytes();
    }
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + dataset))
                .header("Authorization", ADMIN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(dataset + ": " + r.body()).isEqualTo(202);
    long position = JSON.readTree(r.body()).get("position").asLong();
    lastPosition = Math.max(lastPosition, position);
    return position;
  }

  /**
   * Waits until the read models have caught up with every import so far. {@code caughtUp} alone is
   * not enough: status sees Kafka, and an event committed but not yet published is not on Kafka;
   * the position the import answered must also have been projected.
   */
  public void awaitCaughtUp() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
    JsonNode status = null;
    while (Instant.now().isBefore(deadline)) {
      status = JSON.readTree(send("GET", "/api/v1/projections/status").body());
      if (status.get("caughtUp").asBoolean() && status.get("position").asLong() >= lastPosition) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not caught up: " + status);
  }

  public HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .header("Authorization", TESTER)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** GET expecting 200; the body as JSON. */
  public JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> r = send("GET", pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Posts a CSV to the import of {@code dataset}, expecting 202; returns the position. */
  public long importCsv(String dataset, String csv) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + dataset))
                .header("Authorization", ADMIN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(dataset + ": " + r.body()).isEqualTo(202);
    long position = JSON.readTree(r.body()).get("position").asLong();
    lastPosition = Math.max(lastPosition, position);
    return position;
  }

  private final java.util.Set<String> accounts = new java.util.HashSet<>();

  /**
   * The {@code Authorization} header (as a header map for {@link #sendJson}) of an account named
   * {@code username} holding {@code roles} (comma-separated), created on first use with every
   * provider. A tutor also gets SENIOR_MANAGER, so it may record for any learner without being
   * assigned; what these tests check is who reads, and assignments have {@code AccessControlIT}.
   */
  public java.util.Map<String, String> as(String username, String roles) throws Exception {
    List<String> granted = new java.util.ArrayList<>(List.of(roles.split(",")));
    if (granted.contains("TUTOR")) {
      granted.add("SENIOR_MANAGER");
    }
    if (accounts.add(username)) {
      createAccount(username, ACCOUNT_PASSWORD, granted, List.of());
    }
    return java.util.Map.of("Authorization", BasicCredentials.header(username, ACCOUNT_PASSWORD));
  }

  static final String ACCOUNT_PASSWORD = "it-account-password-0001";

  /**
   * Sends JSON with extra headers; a {@code position} in a successful answer is waited for by
   * {@link #awaitCaughtUp()}.
   */
  public HttpResponse<String> sendJson(
      String method, String path, String json, java.util.Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(b::header);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 == 2 && r.body() != null && r.body().startsWith("{")) {
      JsonNode body = JSON.readTree(r.body());
      if (body.has("position")) {
        lastPosition = Math.max(lastPosition, body.get("position").asLong());
      }
    }
    return r;
  }

  @Override
  public void close() {
    app.close();
  }
}
