package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.waymark.access.account.BasicCredentials;

/** The Waymark HTTP API as a user's client sees it: plain HTTP/1.1 on the loopback. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The bootstrap admin's header: imports and rebuilds. */
  private final String admin;

  /** A reader's header (senior manager and inspector, every provider): the timed queries. */
  private String reader;

  /**
   * @param adminPassword the password the benchmark gave the bootstrap account
   */
  Api(String base, String adminPassword) {
    this.base = base;
    this.admin = BasicCredentials.header("admin", adminPassword);
    this.reader = admin;
  }

  /**
   * Creates the account the timed queries sign in with, as a user's client would: Basic on every
   * request (the password check is remembered for a few minutes, as for any client).
   */
  void createReader(String password) throws IOException, InterruptedException {
    String body =
        JSON.writeValueAsString(
            java.util.Map.of(
                "username",
                "bench-reader",
                "password",
                password,
                "roles",
                java.util.List.of("SENIOR_MANAGER", "INSPECTOR"),
                "providers",
                java.util.List.of()));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/users"))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201 && r.statusCode() != 200) {
      throw new IllegalStateException("the reader account was refused: " + abbreviate(r));
    }
    reader = BasicCredentials.header("bench-reader", password);
  }

  /** The answer of an import: {@code {importId, rows, events, position}}. */
  JsonNode importFile(String dataset, Path file) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + dataset))
                .header("Authorization", admin)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofHours(3))
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException(
          "import of " + file.getFileName() + " answered " + r.statusCode() + ": " + abbreviate(r));
    }
    return JSON.readTree(r.body());
  }

  /** GET {@code pathAndQuery}; anything but 200 throws. */
  JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    return JSON.readTree(getBody(pathAndQuery));
  }

  /**
   * GET {@code pathAndQuery} and read the whole body (what a timed request does): as the reader, or
   * as the admin for an admin endpoint (the rebuild's progress).
   */
  String getBody(String pathAndQuery) throws IOException, InterruptedException {
    String as = pathAndQuery.startsWith("/api/v1/admin/") ? admin : reader;
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", as)
                .timeout(Duration.ofMinutes(10))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + pathAndQuery + " answered " + r.statusCode() + ": " + abbreviate(r));
    }
    return r.body();
  }

  /** POST without a body; the answer's status must be {@code expected}. */
  JsonNode post(String pathAndQuery, int expected) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", admin)
                .timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IllegalStateException(
          "POST " + pathAndQuery + " answered " + r.statusCode() + ": " + abbreviate(r));
    }
    return JSON.readTree(r.body());
  }

  private static String abbreviate(HttpResponse<String> r) {
    String body = r.body();
    return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
  }
}
