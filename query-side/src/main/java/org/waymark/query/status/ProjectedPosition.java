package org.waymark.query.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.waymark.query.config.Indices;

/**
 * How far in the event store's own order (global index) the read models have got: the greatest
 * position any projector has applied. Recovered after a restart from the {@code position} field
 * every read-model document carries.
 */
@Component
public class ProjectedPosition {
  private final Map<String, Long> byGroup = new ConcurrentHashMap<>();
  private final ElasticsearchClient client;
  private final Indices indices;
  private volatile boolean recovered;

  ProjectedPosition(ElasticsearchClient client, Indices indices) {
    this.client = client;
    this.indices = indices;
  }

  public void advance(String group, long position) {
    byGroup.merge(group, position, Math::max);
  }

  /** The greatest position applied by any processing group; -1 when nothing has been. */
  public long position() throws IOException {
    if (!recovered) {
      recover();
    }
    return byGroup.values().stream().mapToLong(Long::longValue).max().orElse(-1);
  }

  private synchronized void recover() throws IOException {
    if (recovered) {
      return;
    }
    var response =
        client.search(
            s ->
                s.index(indices.all())
                    .size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .ignoreUnavailable(true)
                    .allowNoIndices(true)
                    .aggregations("max", a -> a.max(m -> m.field("position"))),
            Void.class);
    Aggregate max = response.aggregations().get("max");
    // Over no documents the client reads the aggregation's null as 0: count documents first.
    boolean any = response.hits().total() != null && response.hits().total().value() > 0;
    if (any && max != null && max.isMax() && max.max().value() >= 0) {
      advance("recovered", (long) max.max().value());
    }
    recovered = true;
  }
}
