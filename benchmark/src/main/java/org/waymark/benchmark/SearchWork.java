package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Elasticsearch did for each index over a window, from its own counters ({@code GET /_stats},
 * primaries): documents indexed and the time spent indexing them, realtime gets and their time,
 * refresh and merge time, and the size at the end. The times are Elasticsearch's own sums over its
 * threads, so they show which read model costs the search node most, not CPU seconds.
 */
final class SearchWork {

  /** The counters of one index. Times in seconds. */
  record IndexWork(
      String index,
      long indexed,
      double indexSeconds,
      long gets,
      double getSeconds,
      double refreshSeconds,
      double mergeSeconds,
      long docs,
      double storeMiB) {

    public double totalSeconds() {
      return indexSeconds + getSeconds + refreshSeconds + mergeSeconds;
    }
  }

  private final String url;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  SearchWork(String elasticsearchUrl) {
    this.url = elasticsearchUrl;
  }

  /** The counters now; empty if Elasticsearch did not answer (the run goes on without them). */
  Map<String, IndexWork> snapshot() {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(url + "/_stats/indexing,get,refresh,merge,docs,store"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? parse(Api.JSON.readTree(r.body())) : Map.of();
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  /** The counters of each index of a {@code _stats} answer. */
  static Map<String, IndexWork> parse(JsonNode stats) {
    Map<String, IndexWork> out = new LinkedHashMap<>();
    stats
        .path("indices")
        .properties()
        .forEach(
            e -> {
              JsonNode p = e.getValue().path("primaries");
              out.put(
                  e.getKey(),
                  new IndexWork(
                      e.getKey(),
                      p.path("indexing").path("index_total").asLong(),
                      p.path("indexing").path("index_time_in_millis").asLong() / 1000.0,
                      p.path("get").path("total").asLong(),
                      p.path("get").path("time_in_millis").asLong() / 1000.0,
                      p.path("refresh").path("total_time_in_millis").asLong() / 1000.0,
                      p.path("merges").path("total_time_in_millis").asLong() / 1000.0,
                      p.path("docs").path("count").asLong(),
                      p.path("store").path("size_in_bytes").asLong() / 1024.0 / 1024.0));
            });
    return out;
  }

  /**
   * What each index did between {@code before} and {@code after} (an index created in between
   * counts from zero), the costliest first; docs and size are those at the end.
   */
  static List<IndexWork> between(Map<String, IndexWork> before, Map<String, IndexWork> after) {
    List<IndexWork> out = new ArrayList<>();
    after.forEach(
        (name, b) -> {
          IndexWork a = before.getOrDefault(name, new IndexWork(name, 0, 0, 0, 0, 0, 0, 0, 0));
          out.add(
              new IndexWork(
                  name,
                  b.indexed() - a.indexed(),
                  b.indexSeconds() - a.indexSeconds(),
                  b.gets() - a.gets(),
                  b.getSeconds() - a.getSeconds(),
                  b.refreshSeconds() - a.refreshSeconds(),
                  b.mergeSeconds() - a.mergeSeconds(),
                  b.docs(),
                  b.storeMiB()));
        });
    out.removeIf(w -> w.indexed() == 0 && w.gets() == 0 && w.totalSeconds() == 0);
    out.sort(Comparator.comparingDouble(IndexWork::totalSeconds).reversed());
    return out;
  }
}
