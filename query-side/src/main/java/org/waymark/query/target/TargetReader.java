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
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * Reads targets from the {@code targets} read model as the event history stood at an instant, for
 * the target indicator (CONTRACT.md "Definitions", "Targets") and for trends and falling-behind
 * lists.
 */
@Component
public class TargetReader {
  private final DocumentStore store;
  private final ModelVersions versions;
  private final VersionedCache<Instant, List<Target>> cache = new VersionedCache<>(8);

  public TargetReader(DocumentStore store, ModelVersions versions) {
    this.store = store;
    this.versions = versions;
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
   * {@link #targets(Instant)}, only those set on or before {@code setBy} ({@code null}: any), by
   * the set date as it stood at {@code asAt}. Every target as at {@code asAt} is read once and kept
   * until the read model changes; the set date is filtered from that.
   */
  public List<Target> targets(LocalDate setBy, Instant asAt) throws IOException {
    List<Target> all = cache.get(versions.of(ReadModels.TARGETS), asAt, this::load);
    if (setBy == null) {
      return all;
    }
    List<Target> out = new ArrayList<>(all.size());
    for (Target t : all) {
      if (!t.setOn().isAfter(setBy)) {
        out.add(t);
      }
    }
    return out;
  }

  private List<Target> load(Instant asAt) throws IOException {
    List<Query> filters = new ArrayList<>();
    if (asAt != null) {
      filters.add(
          Query.of(
              q -> q.range(r -> r.date(d -> d.field("firstRecordedAt").lte(asAt.toString())))));
    }
    List<TargetDocument> docs =
        store.findAll(
            ReadModels.TARGETS,
            Query.of(q -> q.bool(b -> b.filter(filters))),
            TargetDocument.class);
    List<Target> out = new ArrayList<>(docs.size());
    for (TargetDocument d : docs) {
      d.at(asAt).ifPresent(out::add);
    }
    return List.copyOf(out);
  }
}
