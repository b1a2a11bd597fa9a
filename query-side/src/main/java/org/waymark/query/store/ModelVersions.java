package org.waymark.query.store;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A cheap stamp of a read model's searchable contents: one size-0 search through the alias for the
 * greatest {@code position} and the document count. Every write stamps the document with its
 * event's position, and the projectors apply events in order, so a write that a search can see
 * raises the greatest position or the count; a rebuild that fills a new index to the same greatest
 * position also changes the count unless it holds the same facts.
 *
 * <p>Readers keep what they loaded under this stamp ({@link VersionedCache}): while it is unchanged
 * the data behind the alias cannot have changed. The stamp is taken <em>before</em> the data is
 * read, so the data is never older than its stamp (at worst newer, which only costs a later
 * reload). Elasticsearch answers it from its shard request cache until the next refresh.
 */
@Component
public class ModelVersions {
  private final DocumentStore store;

  public ModelVersions(DocumentStore store) {
    this.store = store;
  }

  /**
   * The stamp of {@code model}'s contents as a search sees them now. Within one HTTP request the
   * stamp is taken once per model and kept for the rest of the request, so every part of one answer
   * (each period of a trend) reads the same state of the model with one stamp search.
   */
  public long of(ReadModel model) throws IOException {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return query(model);
    }
    String key = ModelVersions.class.getName() + "." + model.name();
    Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (kept instanceof Long stamp) {
      return stamp;
    }
    long stamp = query(model);
    request.setAttribute(key, stamp, RequestAttributes.SCOPE_REQUEST);
    return stamp;
  }

  private long query(ReadModel model) throws IOException {
    var response =
        store
            .client()
            .search(
                s ->
                    s.index(store.indices().alias(model))
                        .size(0)
                        .requestCache(true)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations("max", a -> a.max(m -> m.field("position"))),
                Void.class);
    Aggregate max = response.aggregations().get("max");
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    double value = total > 0 && max != null && max.isMax() ? max.max().value() : -1;
    return Double.isFinite(value) && value >= 0 ? ((long) value) * 1_000_003L + total : total;
  }
}
