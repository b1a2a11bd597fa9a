package org.waymark.query.attendance;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * asAt}, those not superseded), and adds up their sessions per {@link AttendanceCategory} and their
 * late sessions ({@code L}, {@code U}) with a {@code sum} each. These are the inputs of CONTRACT.md
 * "Definitions" (attendance): possible = present + approved + authorised + unauthorised, late =
 * {@code L} + {@code U}; the rates are left to {@code analytics}.
 */
@Component
public class AttendanceReader {
  /**
   * Learners per page of the composite aggregation. Each page is a pass over the matching
   * documents, so pages are as large as Elasticsearch's bucket limit ({@code search.max_buckets},
   * 65,536) allows with room: a learner's page entry is its composite bucket, with the nested and
   * filter aggregations under it (counted here as buckets too, to be safe) and the sums (metrics,
   * not buckets). At 25,000 learners that is two passes.
   */
  static final int PAGE = 20_000;

  /** The day versions' counts summed per learner: sessions per category, and late sessions. */
  private static final List<String> COUNTS =
      List.of("present", "approved", "authorised", "unauthorised", "late");

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
                                f -> {
                                  f.filter(days);
                                  for (String count : COUNTS) {
                                    f.aggregations(
                                        count, x -> x.sum(m -> m.field("days." + count)));
                                  }
                                  return f;
                                })));
  }

  private static AttendanceCounts counts(CompositeBucket bucket) {
    FilterAggregate inScope =
        bucket.aggregations().get("days").nested().aggregations().get("inScope").filter();
    return new AttendanceCounts(
        sum(inScope, "present"),
        sum(inScope, "approved"),
        sum(inScope, "authorised"),
        sum(inScope, "unauthorised"),
        sum(inScope, "late"));
  }

  private static int sum(FilterAggregate inScope, String count) {
    return (int) Math.round(inScope.aggregations().get(count).sum().value());
  }
}
