package org.waymark.query.published;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.config.Indices;

/**
 * {@code GET /api/v1/published/status}: {@code {publishedAt, position, date, figures, seconds,
 * documents, lastError}}: this instance's last publication of the aggregates (nulls before the
 * first) and how many documents the index holds now.
 */
@RestController
class PublishedStatusController {
  private final AggregatePublisher publisher;
  private final ElasticsearchClient client;
  private final Indices indices;

  PublishedStatusController(
      AggregatePublisher publisher, ElasticsearchClient client, Indices indices) {
    this.publisher = publisher;
    this.client = client;
    this.indices = indices;
  }

  @GetMapping("/api/v1/published/status")
  Map<String, Object> status() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    Publication p = publisher.last().orElse(null);
    out.put("publishedAt", p == null ? null : p.publishedAt().toString());
    out.put("position", p == null ? null : p.position());
    out.put("date", p == null ? null : p.date().toString());
    out.put("figures", p == null ? null : p.figures());
    out.put("seconds", p == null ? null : p.seconds());
    String alias = indices.alias(PublishedReadModel.MODEL);
    out.put(
        "documents",
        client.count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count());
    out.put("lastError", publisher.lastError());
    return out;
  }
}
