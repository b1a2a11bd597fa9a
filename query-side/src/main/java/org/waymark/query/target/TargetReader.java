package org.waymark.query.target;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.target.Target;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * Reads targets from the {@code targets} read model as the event history stood at an instant, for
 * the target indicator (CONTRACT.md "Definitions", "Targets") and for trends and falling-behind
 * lists.
 */
@Component
public class TargetReader {
  private final DocumentStore store;

  public TargetReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Every target with its outcomes as the history stood at {@code asAt} ({@code null}: now);
   * targets first set after {@code asAt} are left out, outcomes recorded after it too, and amended
   * ones count as they stood.
   */
  public List<Target> targets(Instant asAt) throws IOException {
    return targets(null, asAt);
  }

  /**
   * {@link #targets(Instant)}, only those set on or before {@code setBy} ({@code null}: any). The
   * set date is filtered in Elasticsearch only for the current state; as at an earlier instant an
   * amended set date may have differed, so then it is filtered here.
   */
  public List<Target> targets(LocalDate setBy, Instant asAt) throws IOException {
    List<Query> filters = new ArrayList<>();
    if (asAt != null) {
      filters.add(
          Query.of(
              q -> q.range(r -> r.date(d -> d.field("firstRecordedAt").lte(asAt.toString())))));
    } else if (setBy != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("setOn").lte(setBy.toString())))));
    }
    List<TargetDocument> docs =
        store.findAll(
            ReadModels.TARGETS,
            Query.of(q -> q.bool(b -> b.filter(filters))),
            TargetDocument.class);
    List<Target> out = new ArrayList<>(docs.size());
    for (TargetDocument d : docs) {
      d.at(asAt).filter(t -> setBy == null || !t.setOn().isAfter(setBy)).ifPresent(out::add);
    }
    return out;
  }
}
