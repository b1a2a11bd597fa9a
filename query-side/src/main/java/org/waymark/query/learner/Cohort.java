package org.waymark.query.learner;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * The learners an indicator is about: every learner recorded by {@code asAt}, with the
 * characteristics in effect on the indicator's date, limited to the requested providers (the
 * learner's own provider on that date, CONTRACT.md "Scope and group membership").
 *
 * <p>The learner documents are read once and kept until the read model changes (checked by the
 * greatest {@code position} in the index, one small aggregation per request), so an indicator
 * request does not re-read every learner.
 */
@Component
public class Cohort {
  private final DocumentStore store;
  private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, List.of());

  public Cohort(DocumentStore store) {
    this.store = store;
  }

  private record Snapshot(long position, List<LearnerDocument> learners) {}

  /** Learners in scope, their profiles as at {@code asAt} with effect on {@code date}. */
  public List<LearnerProfile> profiles(Instant asAt, LocalDate date, Collection<String> providers)
      throws IOException {
    Set<String> wanted = providers == null ? Set.of() : new HashSet<>(providers);
    List<LearnerProfile> out = new ArrayList<>();
    for (LearnerDocument d : documents()) {
      Optional<LearnerProfile> p = d.profileAt(asAt, date);
      if (p.isPresent() && (wanted.isEmpty() || wanted.contains(p.get().providerId()))) {
        out.add(p.get());
      }
    }
    return out;
  }

  /** {@link #profiles} keyed by learner id. */
  public Map<String, LearnerProfile> byId(
      Instant asAt, LocalDate date, Collection<String> providers) throws IOException {
    return profiles(asAt, date, providers).stream()
        .collect(Collectors.toMap(LearnerProfile::learnerId, Function.identity()));
  }

  /** One learner's document, if recorded. */
  public Optional<LearnerDocument> document(String learnerId) throws IOException {
    return store.find(ReadModels.LEARNERS, learnerId, LearnerDocument.class);
  }

  /** Every learner document, re-read only when the read model has changed. */
  public List<LearnerDocument> documents() throws IOException {
    long position = latestPosition();
    Snapshot s = snapshot;
    if (s.position() == position) {
      return s.learners();
    }
    List<LearnerDocument> all =
        store.findAll(
            ReadModels.LEARNERS, Query.of(q -> q.matchAll(m -> m)), LearnerDocument.class);
    snapshot = new Snapshot(position, List.copyOf(all));
    return snapshot.learners();
  }

  private long latestPosition() throws IOException {
    var response =
        store
            .client()
            .search(
                s ->
                    s.index(store.indices().alias(ReadModels.LEARNERS))
                        .size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .aggregations("max", a -> a.max(m -> m.field("position"))),
                Void.class);
    Aggregate max = response.aggregations().get("max");
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    double value = max != null && max.isMax() ? max.max().value() : -1;
    // The count as well: a rebuild can fill an index to the same greatest position.
    return Double.isFinite(value) ? ((long) value) * 1_000_003L + total : total;
  }
}
