package org.waymark.query.attendance;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
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
 * <p>The search matches documents by {@code month} (so a month wholly outside the period is never
 * looked into); a {@code composite} aggregation on {@code learnerId}, paged with {@code after},
 * goes {@code nested} into the layers ({@link AttendanceLayer}), keeps those in force at {@code
 * asAt} ({@code recordedAt ≤ asAt < supersededAt}; without {@code asAt}, those not superseded), and
 * sums the counts up to {@code to} and up to the day before {@code from} (per end: the totals of
 * the layers whose days end by then, and the running counts of that day of the layers it falls
 * inside); the period's count is the difference. Five of the counts are summed as one packed number
 * ({@link AttendanceLayer#LANE_BITS}), so a learner's bucket carries a few sums, not dozens: the
 * response is what such a search spends most on. These are the inputs of CONTRACT.md "Definitions"
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

  /** The index of {@code marked} in {@link AttendanceLayer#COUNTS}. */
  private static final int MARKED = AttendanceLayer.COUNTS.indexOf("marked");

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
    Map<String, int[]> sums = new HashMap<>();
    LocalDate from = period.from();
    while (!from.isAfter(period.to())) {
      // At most twelve calendar months a search, so no packed lane can overflow.
      LocalDate monthsEnd = YearMonth.from(from).plusMonths(11).atEndOfMonth();
      LocalDate to = monthsEnd.isBefore(period.to()) ? monthsEnd : period.to();
      aggregate(from, to, period.asAt(), sums);
      from = to.plusDays(1);
    }
    Map<String, AttendanceCounts> out = new HashMap<>();
    sums.forEach(
        (learner, c) -> {
          if (c[MARKED] > 0) {
            out.put(learner, new AttendanceCounts(c[0], c[1], c[2], c[3], c[4]));
          }
        });
    return Map.copyOf(out);
  }

  /**
   * Adds each learner's counts of {@code from}..{@code to} (within twelve months) to {@code sums}.
   */
  private void aggregate(LocalDate from, LocalDate to, Instant asAt, Map<String, int[]> sums)
      throws IOException {
    Query inForce = inForce(asAt);
    // Documents by month only: a learner whose layers there hold no mark of the period comes back
    // with a marked count of 0 and is left out, cheaper than a nested filter on every document.
    Query documents =
        Query.of(
            q ->
                q.range(
                    r ->
                        r.date(
                            d ->
                                d.field("month")
                                    .gte(YearMonth.from(from).toString())
                                    .lte(YearMonth.from(to).toString()))));
    Ends ends = new Ends(from, to);
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
                            .aggregations("learners", learners(inForce, ends, afterKey)),
                    Void.class);
        CompositeAggregate learners = response.aggregations().get("learners").composite();
        List<CompositeBucket> buckets = learners.buckets().array();
        for (CompositeBucket bucket : buckets) {
          int[] counts = ends.counts(bucket);
          int[] total =
              sums.computeIfAbsent(
                  bucket.key().get("learner").stringValue(),
                  k -> new int[AttendanceLayer.COUNTS.size()]);
          for (int c = 0; c < total.length; c++) {
            total[c] += counts[c];
          }
        }
        if (buckets.size() < PAGE || learners.afterKey() == null || learners.afterKey().isEmpty()) {
          return;
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
   * Per learner: into the layers in force, then for each end of the period that a layer can hold
   * ({@link Ends}) the sums of the totals of the layers whose days end by it ({@code …Whole}) and
   * of that day's running counts of the layers it falls inside ({@code …Inside}).
   */
  private static Aggregation learners(Query inForce, Ends ends, Map<String, FieldValue> after) {
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
                                f -> {
                                  f.filter(inForce);
                                  ends.aggregations().forEach(f::aggregations);
                                  return f;
                                })));
  }

  /**
   * The ends of a period a search counts up to: up to {@code to}, less up to the day before {@code
   * from}. An end needs only what a layer of the searched months can hold: nothing before {@code
   * from} when it is the first of its month (no layer of the months searched ends before it), and
   * no running counts at {@code to} when it is the last of its month (no layer goes past it).
   */
  private record Ends(LocalDate to, LocalDate before, boolean toInside, boolean beforeAny) {
    Ends(LocalDate from, LocalDate to) {
      this(
          to,
          from.minusDays(1),
          !to.equals(YearMonth.from(to).atEndOfMonth()),
          from.getDayOfMonth() != 1);
    }

    Map<String, Aggregation> aggregations() {
      Map<String, Aggregation> out = new java.util.LinkedHashMap<>();
      out.put("toWhole", whole(to));
      if (toInside) {
        out.put("toInside", inside(to));
      }
      if (beforeAny) {
        out.put("beforeWhole", whole(before));
        out.put("beforeInside", inside(before));
      }
      return out;
    }

    /** The learner's counts in the searched period, in {@link AttendanceLayer#COUNTS} order. */
    int[] counts(CompositeBucket bucket) {
      FilterAggregate inForce =
          bucket.aggregations().get("layers").nested().aggregations().get("inForce").filter();
      int[] out = new int[AttendanceLayer.COUNTS.size()];
      add(out, inForce, "toWhole", 1);
      if (toInside) {
        add(out, inForce, "toInside", 1);
      }
      if (beforeAny) {
        add(out, inForce, "beforeWhole", -1);
        add(out, inForce, "beforeInside", -1);
      }
      return out;
    }

    private static void add(int[] out, FilterAggregate inForce, String end, int sign) {
      FilterAggregate f = inForce.aggregations().get(end).filter();
      long packed = Math.round(f.aggregations().get("packed").sum().value());
      for (int c = 0; c < AttendanceLayer.PACKED; c++) {
        out[c] += sign * AttendanceLayer.lane(packed, c);
      }
      out[MARKED] += sign * (int) Math.round(f.aggregations().get("marked").sum().value());
    }
  }

  /** The totals of the layers whose last day is on or before {@code x}. */
  private static Aggregation whole(LocalDate x) {
    return Aggregation.of(
        a ->
            a.filter(f -> f.range(r -> r.date(d -> d.field("layers.last").lte(x.toString()))))
                .aggregations("packed", s -> s.sum(m -> m.field("layers.counts.packed")))
                .aggregations("marked", s -> s.sum(m -> m.field("layers.counts.marked"))));
  }

  /** Day {@code x}'s running counts of the layers with {@code first ≤ x < last}. */
  private static Aggregation inside(LocalDate x) {
    String day = AttendanceLayer.day(x.getDayOfMonth());
    return Aggregation.of(
        a ->
            a.filter(
                    f ->
                        f.bool(
                            b ->
                                b.filter(
                                        g ->
                                            g.range(
                                                r ->
                                                    r.date(
                                                        d ->
                                                            d.field("layers.first")
                                                                .lte(x.toString()))))
                                    .filter(
                                        g ->
                                            g.range(
                                                r ->
                                                    r.date(
                                                        d ->
                                                            d.field("layers.last")
                                                                .gt(x.toString()))))))
                .aggregations("packed", s -> s.sum(m -> m.field("layers.countsUpTo.packed." + day)))
                .aggregations(
                    "marked", s -> s.sum(m -> m.field("layers.countsUpTo.marked." + day))));
  }
}
