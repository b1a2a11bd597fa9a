package org.waymark.infra.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** A real node: started once for the class, used over plain HTTP, then stopped by the last test. */
@TestMethodOrder(OrderAnnotation.class)
class SearchNodeIT {

  @TempDir static Path dataDir;

  private static SearchNode node;
  private static long startMillis;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startNode() {
    long started = System.nanoTime();
    node = SearchNode.start(SearchNodeSettings.defaults(dataDir));
    startMillis = (System.nanoTime() - started) / 1_000_000;
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void answersOnTheAddressItReports() throws Exception {
    assertThat(node.httpUrl()).isEqualTo("http://127.0.0.1:" + node.httpPort());
    assertThat(node.httpPort()).isPositive();

    HttpResponse<String> health = send("GET", "/_cluster/health", null);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).containsPattern("\"status\":\"(yellow|green)\"");
    System.out.printf(
        "search node: ready in %d ms, pid %d, RSS %s%n",
        startMillis, node.pid(), residentMemory(node.pid()));
  }

  @Test
  @Order(2)
  void indexesAndFindsADocumentThroughAnAliasedVersionedIndex() throws Exception {
    HttpResponse<String> created =
        send(
            "PUT",
            "/waymark-learner-v1",
            """
            {"aliases": {"waymark-learner": {}},
             "mappings": {"properties": {
               "learnerId": {"type": "keyword"},
               "name": {"type": "text"},
               "registeredOn": {"type": "date"}}}}
            """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    HttpResponse<String> indexed =
        send(
            "PUT",
            "/waymark-learner/_doc/L-1?refresh=true",
            """
            {"learnerId": "L-1", "name": "Ada Lovelace", "registeredOn": "2026-09-01"}
            """);
    assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(201);

    HttpResponse<String> found =
        send(
            "POST",
            "/waymark-learner/_search",
            """
            {"query": {"bool": {"must": [{"match": {"name": "lovelace"}}],
                                "filter": [{"term": {"learnerId": "L-1"}}]}}}
            """);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.body())
        .contains("\"total\":{\"value\":1,\"relation\":\"eq\"}")
        .contains("\"_index\":\"waymark-learner-v1\"")
        .contains("\"_id\":\"L-1\"");

    HttpResponse<String> alias = send("GET", "/_alias/waymark-learner", null);
    assertThat(alias.statusCode()).isEqualTo(200);
    assertThat(alias.body()).contains("\"waymark-learner-v1\":{\"aliases\":{\"waymark-learner\"");

    HttpResponse<String> mapping = send("GET", "/waymark-learner/_mapping", null);
    assertThat(mapping.body()).contains("\"learnerId\":{\"type\":\"keyword\"}");
  }

  @Test
  @Order(3)
  void closingStopsTheChildJvm() {
    long pid = node.pid();
    assertThat(ProcessHandle.of(pid)).as("the node's JVM runs before close").isPresent();

    node.close();
    node.close(); // idempotent

    Optional<ProcessHandle> after = ProcessHandle.of(pid);
    assertThat(after.map(ProcessHandle::isAlive).orElse(false))
        .as("search node pid %d is still alive after close()", pid)
        .isFalse();
    assertThat(Files.exists(dataDir.resolve("logs/search-node.log"))).isTrue();
  }

  private HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).timeout(Duration.ofSeconds(30));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String residentMemory(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.substring("VmRSS:".length()).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
