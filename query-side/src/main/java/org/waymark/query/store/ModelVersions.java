package org.waymark.query.store;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A cheap stamp of a read model's searchable contents: one size-0 search through the alias for the
 * document count, the sum of the documents' {@code _seq_no} and the greatest {@code position}.
 * Elasticsearch gives every write (new document or new version of one) a sequence number greater
 * than any before it in the shard, so once a write is visible to searches the sum of the live
 * documents' sequence numbers has grown (or the count has): the stamp changes with every visible
 * write, whatever order the projectors applied their events in. The position tells a rebuilt index
 * (other sequence numbers) from the one it replaced.
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
  public Stamp of(ReadModel model) throws IOException {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return query(model);
    }
    String key = ModelVersions.class.getName() + "." + model.name();
    Object kept = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
    if (kept instanceof Stamp stamp) {
      return stamp;
    }
    Stamp stamp = query(model);
    request.setAttribute(key, stamp, RequestAttributes.SCOPE_REQUEST);
    return stamp;
  }

  /**
   * One read model's stamp.
   *
   * @param documents live documents
   * @param sequenceSum the sum of their {@code _seq_no}
   * @param position the greatest {@code position}, or -1
   */
  public record Stamp(long documents, double sequenceSum, double position) {}

  private Stamp query(ReadModel model) throws IOException {
    var response =
        store
            .client()
            .search(
                s ->
                    s.index(store.indices().alias(model))
                        .size(0)
                        .requestCache(true)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations("max", a -> a.max(m -> m.field("position")))
                        .aggregations("seq", a -> a.sum(m -> m.field("_seq_no"))),
                Void.class);
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    if (total == 0) {
      return new Stamp(0, 0, -1);
    }
    Aggregate max = response.aggregations().get("max");
    Aggregate seq = response.aggregations().get("seq");
    double position = max != null && max.isMax() ? max.max().value() : -1;
    double sum = seq != null && seq.isSum() ? seq.sum().value() : -1;
    return new Stamp(total, sum, Double.isFinite(position) ? position : -1);
  }
}
