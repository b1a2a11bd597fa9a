package org.waymark.query.attendance;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.api.attendance.AttendanceCategory;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * Per-learner attendance counts over a period, as the event history stood at an instant, computed
 * by Elasticsearch aggregations over the month documents (never by fetching every mark).
 *
 * <p>The search first matches documents by {@code month} (so a month wholly outside the period is
 * never looked into), then a {@code composite} aggregation on {@code learnerId}, paged with {@code
 * after}, goes {@code nested} into the day versions ({@link AttendanceDay}), keeps those dated in
 * the period and in force at {@code asAt} ({@code recordedAt ≤ asAt < supersededAt}; without {@code
 * asAt}, those not superseded), and counts the morning and the afternoon marks per {@link
 * AttendanceCategory} (one terms aggregation each, added up) and the late ones ({@code L}, {@code
 * U}: a sum). These are the inputs of CONTRACT.md "Definitions" (attendance): possible = present +
 * approved + authorised + unauthorised, late = {@code L} + {@code U}; the rates are left to {@code
 * analytics}.
 */
@Component
public class AttendanceReader {
  /**
   * Learners per page of the composite aggregation. Each page is a pass over the matching
   * documents, so pages are as large as Elasticsearch's bucket limit allows: a learner's page entry
   * holds at most eleven buckets (its key, and a bucket per category of the morning and of the
   * afternoon marks; the nested and filter aggregations and the late sum are not buckets) and
   * {@code search.max_buckets} is 65,536.
   */
  static final int PAGE = 5_000;

  private final DocumentStore store;
  private final MeterRegistry meters;
  private final ModelVersions versions;
  private final VersionedCache<Period, Map<String, AttendanceCounts>> cache =
      new VersionedCache<>(64);

  /** One aggregation's inputs. */
  private record Period(LocalDate from, LocalDate to, Instant asAt) {}

  public AttendanceReader(DocumentStore store, MeterRegistry meters, ModelVersions versions) {
    this.store = store;
    this.meters = meters;
    this.versions = versions;
  }

  /**
   * Per-learner counts of the marks dated {@code from}..{@code to} inclusive, as the history stood
   * at {@code asAt} ({@code null}: now). Learners with no mark in the period are absent; a learner
   * whose marks in the period are all not-possible sessions has all-zero counts.
   *
   * <p>Each period's counts are kept (an unmodifiable map) until the read model changes, so a
   * dashboard polling the same figures is answered without aggregating again.
   */
  public Map<String, AttendanceCounts> countsByLearner(LocalDate from, LocalDate to, Instant asAt)
      throws IOException {
    if (from.isAfter(to)) {
      return Map.of();
    }
    return cache.get(
        versions.of(ReadModels.ATTENDANCE), new Period(from, to, asAt), this::aggregate);
  }

  private Map<String, AttendanceCounts> aggregate(Period period) throws IOException {
    LocalDate from = period.from();
    LocalDate to = period.to();
    Instant asAt = period.asAt();
    Map<String, AttendanceCounts> out = new HashMap<>();
    Query days = daysInScope(from, to, asAt);
    Query documents =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("month")
                                                        .gte(YearMonth.from(from).toString())
                                                        .lte(YearMonth.from(to).toString()))))
                            .filter(
                                f ->
                                    f.nested(
                                        n ->
                                            n.path("days")
                                                .query(days)
                                                .scoreMode(ChildScoreMode.None)))));
    String alias = store.indices().alias(ReadModels.ATTENDANCE);
    Timer.Sample sample = Timer.start(meters);
    try {
      Map<String, FieldValue> after = null;
      while (true) {
        Map<String, FieldValue> afterKey = after;
        SearchResponse<Void> response =
            store
                .client()
                .search(
                    s ->
                        s.index(alias)
                            .size(0)
                            .trackTotalHits(t -> t.enabled(false))
                            .query(documents)
                            .aggregations("learners", learners(days, afterKey)),
                    Void.class);
        CompositeAggregate learners = response.aggregations().get("learners").composite();
        List<CompositeBucket> buckets = learners.buckets().array();
        for (CompositeBucket bucket : buckets) {
          out.put(bucket.key().get("learner").stringValue(), counts(bucket));
        }
        if (buckets.size() < PAGE || learners.afterKey() == null || learners.afterKey().isEmpty()) {
          return Map.copyOf(out);
        }
        after = learners.afterKey();
      }
    } finally {
      sample.stop(
          Timer.builder("waymark.elasticsearch.read")
              .description("Read-model reads")
              .tag("model", ReadModels.ATTENDANCE.name())
              .publishPercentileHistogram()
              .register(meters));
    }
  }

  /** Day versions dated in the period and in force at {@code asAt}. */
  static Query daysInScope(LocalDate from, LocalDate to, Instant asAt) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.filter(
                      f ->
                          f.range(
                              r ->
                                  r.date(
                                      d ->
                                          d.field("days.date")
                                              .gte(from.toString())
                                              .lte(to.toString()))));
                  if (asAt == null) {
                    b.mustNot(m -> m.exists(x -> x.field("days.supersededAt")));
                  } else {
                    String t = asAt.toString();
                    b.filter(f -> f.range(r -> r.date(d -> d.field("days.recordedAt").lte(t))));
                    b.filter(
                        f ->
                            f.bool(
                                or ->
                                    or.should(
                                            s ->
                                                s.bool(
                                                    nb ->
                                                        nb.mustNot(
                                                            m ->
                                                                m.exists(
                                                                    x ->
                                                                        x.field(
                                                                            "days.supersededAt")))))
                                        .should(
                                            s ->
                                                s.range(
                                                    r ->
                                                        r.date(
                                                            d ->
                                                                d.field("days.supersededAt")
                                                                    .gt(t))))
                                        .minimumShouldMatch("1")));
                  }
                  return b;
                }));
  }

  private static Aggregation learners(Query days, Map<String, FieldValue> after) {
    return Aggregation.of(
        a ->
            a.composite(
                    c -> {
                      c.size(PAGE)
                          .sources(
                              List.of(
                                  Map.of(
                                      "learner",
                                      CompositeAggregationSource.of(
                                          s -> s.terms(t -> t.field("learnerId"))))));
                      if (after != null) {
                        c.after(after);
                      }
                      return c;
                    })
                .aggregations(
                    "days",
                    n ->
                        n.nested(x -> x.path("days"))
                            .aggregations(
                                "inScope",
                                f ->
                                    f.filter(days)
                                        .aggregations(
                                            "am", t -> t.terms(x -> categories("days.am")))
                                        .aggregations(
                                            "pm", t -> t.terms(x -> categories("days.pm")))
                                        .aggregations(
                                            "late", l -> l.sum(x -> x.field("days.late"))))));
  }

  private static co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation.Builder
      categories(String field) {
    var b = new co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation.Builder();
    b.field(field).size(AttendanceCategory.values().length);
    return b;
  }

  private static AttendanceCounts counts(CompositeBucket bucket) {
    FilterAggregate inScope =
        bucket.aggregations().get("days").nested().aggregations().get("inScope").filter();
    Map<AttendanceCategory, Integer> sessions = new EnumMap<>(AttendanceCategory.class);
    add(sessions, inScope.aggregations().get("am").sterms());
    add(sessions, inScope.aggregations().get("pm").sterms());
    int late = (int) Math.round(inScope.aggregations().get("late").sum().value());
    return new AttendanceCounts(
        sessions.getOrDefault(AttendanceCategory.PRESENT, 0),
        sessions.getOrDefault(AttendanceCategory.APPROVED_ACTIVITY, 0),
        sessions.getOrDefault(AttendanceCategory.AUTHORISED_ABSENCE, 0),
        sessions.getOrDefault(AttendanceCategory.UNAUTHORISED_ABSENCE, 0),
        late);
  }

  private static void add(Map<AttendanceCategory, Integer> sessions, StringTermsAggregate terms) {
    for (StringTermsBucket b : terms.buckets().array()) {
      sessions.merge(
          AttendanceCategory.valueOf(b.key().stringValue()), (int) b.docCount(), Integer::sum);
    }
  }
}
