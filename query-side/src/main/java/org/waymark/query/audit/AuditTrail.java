package org.waymark.query.audit;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.waymark.query.learner.Cohort;
import org.waymark.query.learner.LearnerDocument;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.Version;

/**
 * Reads the audit trail: a learner's recorded state and events as the history stood at an instant,
 * a paged search of every event, and every amendment. All from the audit and learners read models.
 */
@Component
public class AuditTrail {
  private final DocumentStore store;
  private final Cohort cohort;
  private final Clock clock;

  public AuditTrail(DocumentStore store, Cohort cohort, Clock clock) {
    this.store = store;
    this.cohort = cohort;
    this.clock = clock;
  }

  /**
   * What to search for; empty lists and {@code null} dates do not filter.
   *
   * @param providers entries about these providers, or about a learner who has ever been theirs
   * @param from first day (UTC) the event was recorded on
   * @param to last day (UTC) the event was recorded on
   * @param page zero-based page, newest first
   */
  public record Search(
      List<String> learners,
      List<String> providers,
      List<String> types,
      LocalDate from,
      LocalDate to,
      int page,
      int size) {}

  /** One page of a search, newest first, and how many entries matched in all. */
  public record Page(int page, int size, long total, List<AuditEntry> entries) {}

  /**
   * The learner's audit entries recorded at or before {@code asAt} ({@code null}: every one), in
   * position order.
   */
  public List<AuditEntry> learnerEvents(String learnerId, Instant asAt) throws IOException {
    List<AuditEntry> all =
        store.findAll(ReadModels.AUDIT, term("learnerId", learnerId), AuditEntry.class);
    return all.stream()
        .filter(e -> asAt == null || !e.recordedAt().isAfter(asAt))
        .sorted(Comparator.comparingLong(AuditEntry::position))
        .toList();
  }

  /**
   * The learner as recorded at {@code asAt} ({@code null}: now); empty when not yet recorded then.
   * The flat values are the record version in force at {@code asAt} with the dated changes recorded
   * by then and effective on or before the day of {@code asAt} applied; {@code recordVersions},
   * {@code changes} and {@code leavings} show what was recorded by then, by whom, when, and with
   * effect from when (later-dated changes included).
   */
  public Optional<Map<String, Object>> learnerAsAt(String learnerId, Instant asAt)
      throws IOException {
    Optional<LearnerDocument> found = cohort.document(learnerId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    LearnerDocument d = found.get();
    Version<Map<String, String>> inForce = null;
    List<Map<String, Object>> versions = new ArrayList<>();
    for (Version<Map<String, String>> v : d.versions()) {
      if (!recordedBy(v.recordedAt(), asAt)) {
        continue;
      }
      if (v.inForceAt(asAt)) {
        inForce = v;
      }
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("recordedAt", v.recordedAt());
      version.put("recordedBy", v.recordedBy());
      version.put("position", v.position());
      version.put("supersededAt", recordedBy(v.supersededAt(), asAt) ? v.supersededAt() : null);
      version.put("values", v.state());
      versions.add(version);
    }
    if (inForce == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.ofInstant(asAt == null ? clock.instant() : asAt, ZoneOffset.UTC);
    Map<String, String> values = new LinkedHashMap<>(inForce.state());
    List<Map<String, Object>> changes = new ArrayList<>();
    d.changes().stream()
        .filter(c -> recordedBy(c.recordedAt(), asAt))
        .sorted(
            Comparator.comparing(
                    LearnerDocument.RecordedChange::effectiveOn,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(LearnerDocument.RecordedChange::position))
        .forEach(
            c -> {
              if (c.effectiveOn() == null || !c.effectiveOn().isAfter(day)) {
                values.put(field(c.characteristic()), c.newValue());
              }
              Map<String, Object> change = new LinkedHashMap<>();
              change.put("characteristic", c.characteristic());
              change.put("oldValue", c.oldValue());
              change.put("newValue", c.newValue());
              change.put("effectiveOn", c.effectiveOn());
              change.put("recordedAt", c.recordedAt());
              change.put("recordedBy", c.recordedBy());
              change.put("position", c.position());
              changes.add(change);
            });
    List<Map<String, Object>> leavings = new ArrayList<>();
    LocalDate leftOn = null;
    for (LearnerDocument.RecordedLeaving l : d.leavings()) {
      if (!recordedBy(l.recordedAt(), asAt)) {
        continue;
      }
      leftOn = l.leftOn();
      Map<String, Object> leaving = new LinkedHashMap<>();
      leaving.put("leftOn", l.leftOn());
      leaving.put("reason", l.reason());
      leaving.put("recordedAt", l.recordedAt());
      leaving.put("recordedBy", l.recordedBy());
      leaving.put("position", l.position());
      leavings.add(leaving);
    }
    Map<String, Object> learner = new LinkedHashMap<>();
    learner.put("learnerId", learnerId);
    for (String f : RECORD_FIELDS) {
      learner.put(f, values.get(f));
    }
    learner.put("leftOn", leftOn);
    learner.put("firstRecordedAt", d.versions().get(0).recordedAt());
    learner.put("recordVersions", versions);
    learner.put("changes", changes);
    learner.put("leavings", leavings);
    return Optional.of(learner);
  }

  /** The learner record's fields, in the order of the learners import (CONTRACT.md). */
  static final List<String> RECORD_FIELDS =
      List.of(
          "providerId",
          "givenName",
          "familyName",
          "dateOfBirth",
          "sex",
          "ethnicity",
          "send",
          "disadvantaged",
          "lookedAfter",
          "eal",
          "yearGroup",
          "enrolledOn");

  /** A page of the audit trail, newest first. */
  public Page search(Search s) throws IOException {
    Query query = query(s.learners(), s.providers(), s.types(), s.from(), s.to(), false);
    var response =
        store
            .client()
            .search(
                r ->
                    r.index(store.indices().alias(ReadModels.AUDIT))
                        .query(query)
                        .from(s.page() * s.size())
                        .size(s.size())
                        .trackTotalHits(t -> t.enabled(true))
                        .sort(o -> o.field(f -> f.field("position").order(SortOrder.Desc))),
                AuditEntry.class);
    long total = response.hits().total() == null ? 0 : response.hits().total().value();
    List<AuditEntry> entries = response.hits().hits().stream().map(Hit::source).toList();
    return new Page(s.page(), s.size(), total, entries);
  }

  /**
   * Every amendment recorded in the period about the providers (or their learners), newest first.
   */
  public List<AuditEntry> amendments(List<String> providers, LocalDate from, LocalDate to)
      throws IOException {
    Query query = query(List.of(), providers, List.of(), from, to, true);
    return store.findAll(ReadModels.AUDIT, query, AuditEntry.class).stream()
        .sorted(Comparator.comparingLong(AuditEntry::position).reversed())
        .toList();
  }

  /**
   * Every learner whose own provider has been one of {@code providers} at any time (as registered,
   * as corrected, or by a transfer to or from it).
   */
  public Set<String> learnersEverAt(Collection<String> providers) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (LearnerDocument d : cohort.documents()) {
      boolean at =
          d.versions().stream()
                  .anyMatch(
                      v -> v.state() != null && providers.contains(v.state().get("providerId")))
              || d.changes().stream()
                  .anyMatch(
                      c ->
                          "provider".equals(c.characteristic())
                              && (providers.contains(c.oldValue())
                                  || providers.contains(c.newValue())));
      if (at) {
        out.add(d.learnerId());
      }
    }
    return out;
  }

  private Query query(
      List<String> learners,
      List<String> providers,
      List<String> types,
      LocalDate from,
      LocalDate to,
      boolean amendmentsOnly)
      throws IOException {
    List<Query> filters = new ArrayList<>();
    if (amendmentsOnly) {
      filters.add(Query.of(q -> q.term(t -> t.field("amendment").value(true))));
    }
    if (!learners.isEmpty()) {
      filters.add(terms("learnerId", learners));
    }
    if (!providers.isEmpty()) {
      Set<String> theirs = learnersEverAt(providers);
      filters.add(
          Query.of(
              q ->
                  q.bool(
                      b -> {
                        b.should(terms("providerId", providers));
                        if (!theirs.isEmpty()) {
                          b.should(terms("learnerId", theirs));
                        }
                        return b.minimumShouldMatch("1");
                      })));
    }
    if (!types.isEmpty()) {
      filters.add(terms("type", types));
    }
    if (from != null || to != null) {
      filters.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.date(
                              d -> {
                                d.field("recordedAt");
                                if (from != null) {
                                  d.gte(from.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
                                }
                                if (to != null) {
                                  d.lt(
                                      to.plusDays(1)
                                          .atStartOfDay(ZoneOffset.UTC)
                                          .toInstant()
                                          .toString());
                                }
                                return d;
                              }))));
    }
    return Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  private static boolean recordedBy(Instant recordedAt, Instant asAt) {
    return recordedAt != null && (asAt == null || !recordedAt.isAfter(asAt));
  }

  private static String field(String characteristic) {
    return "provider".equals(characteristic) ? "providerId" : characteristic;
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Query terms(String field, Collection<String> values) {
    List<FieldValue> v = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(x -> x.value(v))));
  }
}
