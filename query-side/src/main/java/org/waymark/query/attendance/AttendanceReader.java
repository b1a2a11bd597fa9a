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
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * Per-learner attendance counts over a period, as the event history stood at an instant, computed
 * by Elasticsearch aggregations over the month documents (never by fetching every mark).
 *
 * <p>The search first matches documents by {@code month} (so a month wholly outside the period is
 * never looked into) and by a {@code nested} layer in force at {@code asAt} whose days overlap the
 * period; then a {@code composite} aggregation on {@code learnerId}, paged with {@code after}, goes
 * {@code nested} into the layers ({@link AttendanceLayer}), keeps those in force at {@code asAt}
 * ({@code recordedAt ≤ asAt < supersededAt}; without {@code asAt}, those not superseded), and sums
 * each count up to {@code to} and up to the day before {@code from} (per end: the totals of the
 * layers whose days end by then, and the {@code upTo} values of that day of the layers it falls
 * inside); the period's count is the difference. These are the inputs of CONTRACT.md "Definitions"
 * (attendance): possible = present + approved + authorised + unauthorised, late = {@code L} +
 * {@code U}; the rates are left to {@code analytics}.
 */
@Component
public class AttendanceReader {
  /**
   * Learners per page of the composite aggregation. Each page is a pass over the matching
   * documents, so pages are as large as Elasticsearch's bucket limit ({@code search.max_buckets},
   * 65,536) allows with room: a learner's page entry is its composite bucket, with the nested and
   * five filter aggregations under it (counted here as buckets too, to be safe) and the sums
   * (metrics, not buckets). At 25,000 learners that is three passes.
   */
  static final int PAGE = 9_000;

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
    Query inForce = inForce(asAt);
    Query overlapping =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(inForce)
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d -> d.field("layers.first").lte(to.toString()))))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("layers.last")
                                                        .gte(from.toString()))))));
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
                                            n.path("layers")
                                                .query(overlapping)
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
                            .aggregations("learners", learners(inForce, from, to, afterKey)),
                    Void.class);
        CompositeAggregate learners = response.aggregations().get("learners").composite();
        List<CompositeBucket> buckets = learners.buckets().array();
        for (CompositeBucket bucket : buckets) {
          AttendanceCounts counts = counts(bucket);
          if (counts != null) {
            out.put(bucket.key().get("learner").stringValue(), counts);
          }
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

  /** Layers in force at {@code asAt} ({@code null}: now). */
  static Query inForce(Instant asAt) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  if (asAt == null) {
                    b.mustNot(m -> m.exists(x -> x.field("layers.supersededAt")));
                  } else {
                    String t = asAt.toString();
                    b.filter(f -> f.range(r -> r.date(d -> d.field("layers.recordedAt").lte(t))));
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
                                                                            "layers.supersededAt")))))
                                        .should(
                                            s ->
                                                s.range(
                                                    r ->
                                                        r.date(
                                                            d ->
                                                                d.field("layers.supersededAt")
                                                                    .gt(t))))
                                        .minimumShouldMatch("1")));
                  }
                  return b;
                }));
  }

  /**
   * Per learner: into the layers in force, then for each end ({@code to}, and the day before {@code
   * from}) the sums of the totals of the layers whose days end by it ({@code …Whole}) and of that
   * day's {@code upTo} values of the layers it falls inside ({@code …Inside}).
   */
  private static Aggregation learners(
      Query inForce, LocalDate from, LocalDate to, Map<String, FieldValue> after) {
    LocalDate before = from.minusDays(1);
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
                    "layers",
                    n ->
                        n.nested(x -> x.path("layers"))
                            .aggregations(
                                "inForce",
                                f ->
                                    f.filter(inForce)
                                        .aggregations("toWhole", whole(to))
                                        .aggregations("toInside", inside(to))
                                        .aggregations("beforeWhole", whole(before))
                                        .aggregations("beforeInside", inside(before)))));
  }

  /** The totals of the layers whose last day is on or before {@code x}. */
  private static Aggregation whole(LocalDate x) {
    return Aggregation.of(
        a -> {
          a.filter(f -> f.range(r -> r.date(d -> d.field("layers.last").lte(x.toString()))));
          for (String count : AttendanceLayer.COUNTS) {
            a.aggregations(count, s -> s.sum(m -> m.field("layers.total." + count)));
          }
          return a;
        });
  }

  /** Day {@code x}'s {@code upTo} values of the layers with {@code first ≤ x < last}. */
  private static Aggregation inside(LocalDate x) {
    String day = AttendanceLayer.day(x.getDayOfMonth());
    return Aggregation.of(
        a -> {
          a.filter(
              f ->
                  f.bool(
                      b ->
                          b.filter(
                                  g ->
                                      g.range(
                                          r ->
                                              r.date(
                                                  d -> d.field("layers.first").lte(x.toString()))))
                              .filter(
                                  g ->
                                      g.range(
                                          r ->
                                              r.date(
                                                  d -> d.field("layers.last").gt(x.toString()))))));
          for (String count : AttendanceLayer.COUNTS) {
            a.aggregations(count, s -> s.sum(m -> m.field("layers.upTo." + count + "." + day)));
          }
          return a;
        });
  }

  /** The learner's counts in the period, or null when it has no mark in it. */
  private static AttendanceCounts counts(CompositeBucket bucket) {
    FilterAggregate inForce =
        bucket.aggregations().get("layers").nested().aggregations().get("inForce").filter();
    int[] sums = new int[AttendanceLayer.COUNTS.size()];
    for (int c = 0; c < sums.length; c++) {
      String count = AttendanceLayer.COUNTS.get(c);
      sums[c] =
          sum(inForce, "toWhole", count)
              + sum(inForce, "toInside", count)
              - sum(inForce, "beforeWhole", count)
              - sum(inForce, "beforeInside", count);
    }
    if (sums[AttendanceLayer.COUNTS.indexOf("marked")] == 0) {
      return null;
    }
    return new AttendanceCounts(sums[0], sums[1], sums[2], sums[3], sums[4]);
  }

  private static int sum(FilterAggregate inForce, String end, String count) {
    return (int)
        Math.round(
            inForce.aggregations().get(end).filter().aggregations().get(count).sum().value());
  }
}
