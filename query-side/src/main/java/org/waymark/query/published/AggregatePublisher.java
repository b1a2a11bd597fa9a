package org.waymark.query.published;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.analytics.attendance.AttendanceCounts;
import org.waymark.analytics.attendance.AttendanceIndicators;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.progress.Assessment;
import org.waymark.analytics.progress.LearnerProgress;
import org.waymark.analytics.progress.ProgressIndicators;
import org.waymark.analytics.qa.ProviderQa;
import org.waymark.analytics.qa.ThemeResult;
import org.waymark.analytics.review.Review;
import org.waymark.analytics.review.ReviewIndicators;
import org.waymark.analytics.review.ReviewPolicy;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetIndicators;
import org.waymark.analytics.watchlist.FallingBehind;
import org.waymark.analytics.watchlist.FallingBehindCriteria;
import org.waymark.analytics.watchlist.Watchlist;
import org.waymark.api.query.Characteristic;
import org.waymark.api.selfreview.CatalogueItem;
import org.waymark.api.selfreview.SelfReviewCatalogue;
import org.waymark.api.selfreview.SelfReviewJudgement;
import org.waymark.query.attendance.AttendanceReader;
import org.waymark.query.learner.Cohort;
import org.waymark.query.progress.AssessmentReader;
import org.waymark.query.qa.ImprovementPlanDocument;
import org.waymark.query.qa.QaStatus;
import org.waymark.query.review.ReviewReader;
import org.waymark.query.selfreview.SelfReviewDocument;
import org.waymark.query.status.ProjectedPosition;
import org.waymark.query.status.ProjectionLag;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ProjectionOutcome;
import org.waymark.query.store.ReadModels;
import org.waymark.query.target.TargetReader;
import org.waymark.query.trend.Period;
import org.waymark.query.web.IndicatorQuery;

/**
 * Publishes the {@code published-aggregates} read model: every indicator's figures, suppressed, for
 * the total and every {@code by}, monthly and for the whole period, for the current academic year
 * to date and the previous academic year; and, for the inspectors, each provider's QA position,
 * registration alerts and overdue improvement actions on the day of publication.
 *
 * <p>It runs on a schedule ({@code waymark.published.interval-ms}, default 30 s) and publishes only
 * when the read models' projected position (or the day) has changed since the last publication.
 * Every figure is computed by the same readers and {@code analytics} calls as the query API, with
 * {@code suppress=true} always, and written through {@link DocumentStore#insert} versioned by the
 * position: publishing the same position twice changes nothing, a later one overwrites. Afterwards
 * the figures no longer published are deleted (those of an earlier position, of a running period of
 * an earlier day, or of a year gone out of range).
 */
@Component
public class AggregatePublisher {
  private static final Logger log = LoggerFactory.getLogger(AggregatePublisher.class);

  /** Stale figures deleted per bulk request. */
  private static final int STALE_PAGE = 5_000;

  /** The characteristics published, after the total (no {@code by}). */
  static final List<Characteristic> BY =
      Stream.concat(Stream.of((Characteristic) null), Arrays.stream(Characteristic.values()))
          .toList();

  private final DocumentStore store;
  private final ProjectedPosition projected;
  private final Cohort cohort;
  private final AttendanceReader attendance;
  private final AssessmentReader assessments;
  private final TargetReader targets;
  private final ReviewReader reviews;
  private final ReviewPolicy policy;
  private final QaStatus qa;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ProjectionLag lag;
  private volatile Publication last;
  private volatile String lastError;

  AggregatePublisher(
      DocumentStore store,
      ProjectedPosition projected,
      Cohort cohort,
      AttendanceReader attendance,
      AssessmentReader assessments,
      TargetReader targets,
      ReviewReader reviews,
      ReviewPolicy policy,
      QaStatus qa,
      Clock clock,
      MeterRegistry meters,
      ProjectionLag lag) {
    this.lag = lag;
    this.store = store;
    this.projected = projected;
    this.cohort = cohort;
    this.attendance = attendance;
    this.assessments = assessments;
    this.targets = targets;
    this.reviews = reviews;
    this.policy = policy;
    this.qa = qa;
    this.clock = clock;
    this.meters = meters;
  }

  /** The last publication of this instance, if any. */
  public Optional<Publication> last() {
    return Optional.ofNullable(last);
  }

  /** The last publication's failure, {@code null} after a success. */
  public String lastError() {
    return lastError;
  }

  @Scheduled(
      initialDelayString = "${waymark.published.initial-delay-ms:10000}",
      fixedDelayString = "${waymark.published.interval-ms:30000}")
  void onSchedule() {
    try {
      publishIfChanged();
      lastError = null;
    } catch (IOException | RuntimeException e) {
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Publishing the aggregates failed; the next run tries again", e);
    }
  }

  /** Publishes when the projected position or the day has changed since the last publication. */
  public synchronized Optional<Publication> publishIfChanged() throws IOException {
    long position = projected.position();
    LocalDate today = LocalDate.now(clock);
    Publication before = last;
    if (position < 0
        || (before != null && before.position() == position && before.date().equals(today))) {
      return Optional.empty();
    }
    // Only a settled state is published: figures of a half-projected import would mislead, and
    // computing them while a large import projects would compete with it for the machine.
    if (!lag.current().caughtUp()) {
      return Optional.empty();
    }
    return Optional.of(publish(position, today));
  }

  /**
   * Computes and writes every figure as the read models stand, stamped with {@code position}, with
   * the running periods clipped to {@code today}.
   */
  public synchronized Publication publish(long position, LocalDate today) throws IOException {
    Timer.Sample sample = Timer.start(meters);
    Instant started = clock.instant();
    // Every projected write visible to search, so the figures include at least `position`.
    store
        .client()
        .indices()
        .refresh(r -> r.index(store.indices().all()).ignoreUnavailable(true).allowNoIndices(true));
    LocalDate currentStart = IndicatorQuery.academicYearStart(today);
    LocalDate previousStart = currentStart.minusYears(1);
    Map<String, List<Assessment>> byArea =
        assessments.assessments(null, today, null).stream()
            .collect(Collectors.groupingBy(Assessment::area, TreeMap::new, Collectors.toList()));
    List<Target> allTargets = targets.targets(null);
    List<Review> allReviews = reviews.reviews(null);
    long figures = 0;
    for (Slice.Span span : spans(previousStart, currentStart, today)) {
      Instant now = clock.instant();
      List<PublishedAggregate> docs =
          breakdowns(span, byArea, allTargets, allReviews, now, position);
      figures += write(docs, position);
    }
    Slice.Span at = new Slice.Span(today, today, "at", true);
    figures += write(providerFigures(at, clock.instant(), position), position);
    figures +=
        write(
            watchlistFigures(at, currentStart, allTargets, allReviews, clock.instant(), position),
            position);
    figures += write(selfReviewFigures(at, clock.instant(), position), position);
    long documents = removeStale(position, today, previousStart);
    Instant finished = clock.instant();
    Publication p =
        new Publication(
            position,
            today,
            finished,
            figures,
            documents,
            Duration.between(started, finished).toMillis() / 1000.0);
    last = p;
    sample.stop(
        Timer.builder("waymark.published.publication")
            .description("Publications of the suppressed aggregates")
            .register(meters));
    log.info(
        "Published {} aggregates at position {} for {} in {} s",
        p.documents(),
        position,
        today,
        p.seconds());
    return p;
  }

  /**
   * The months and the whole of the previous academic year, then the months of the current one to
   * {@code today} and the year to date.
   */
  static List<Slice.Span> spans(LocalDate previousStart, LocalDate currentStart, LocalDate today) {
    List<Slice.Span> out = new ArrayList<>();
    LocalDate previousEnd = currentStart.minusDays(1);
    for (Period m : Period.split(previousStart, previousEnd, Period.Interval.MONTH)) {
      out.add(new Slice.Span(m.start(), m.end(), "month", false));
    }
    out.add(new Slice.Span(previousStart, previousEnd, "period", false));
    for (Period m : Period.split(currentStart, today, Period.Interval.MONTH)) {
      LocalDate monthEnd = m.start().with(TemporalAdjusters.lastDayOfMonth());
      out.add(new Slice.Span(m.start(), m.end(), "month", m.end().isBefore(monthEnd)));
    }
    LocalDate yearEnd = currentStart.plusYears(1).minusDays(1);
    out.add(new Slice.Span(currentStart, today, "period", today.isBefore(yearEnd)));
    return out;
  }

  private List<PublishedAggregate> breakdowns(
      Slice.Span span,
      Map<String, List<Assessment>> byArea,
      List<Target> allTargets,
      List<Review> allReviews,
      Instant now,
      long position)
      throws IOException {
    List<LearnerProfile> profiles = cohort.profiles(null, span.end(), List.of());
    Map<String, AttendanceCounts> counts =
        attendance.countsByLearner(span.start(), span.end(), null);
    List<Target> setByEnd =
        allTargets.stream().filter(t -> !t.setOn().isAfter(span.end())).toList();
    Map<String, Map<String, LearnerProgress>> progress = new TreeMap<>();
    byArea.forEach(
        (area, list) ->
            progress.put(area, ProgressIndicators.progressByLearner(list, area, span.end())));
    Slice attendanceSlice = new Slice("attendance", null, span, now, position);
    Slice targetSlice = new Slice("targets", null, span, now, position);
    Slice reviewSlice = new Slice("reviews", null, span, now, position);
    List<PublishedAggregate> out = new ArrayList<>();
    for (Characteristic by : BY) {
      out.addAll(
          PublishedFigures.of(
              attendanceSlice,
              AttendanceIndicators.breakdown(profiles, counts, by, true),
              PublishedFigures.ATTENDANCE));
      for (Map.Entry<String, Map<String, LearnerProgress>> area : progress.entrySet()) {
        out.addAll(
            PublishedFigures.of(
                new Slice("progress", area.getKey(), span, now, position),
                ProgressIndicators.breakdown(profiles, area.getKey(), area.getValue(), by, true)
                    .breakdown(),
                PublishedFigures.PROGRESS));
      }
      out.addAll(
          PublishedFigures.of(
              targetSlice,
              TargetIndicators.breakdown(profiles, setByEnd, span.start(), span.end(), by, true),
              PublishedFigures.TARGETS));
      out.addAll(
          PublishedFigures.of(
              reviewSlice,
              ReviewIndicators.breakdown(profiles, allReviews, span.end(), policy, by, true)
                  .breakdown(),
              PublishedFigures.REVIEWS));
    }
    return out;
  }

  /**
   * Each provider's QA position, registration alert and overdue improvement actions on {@code at}.
   * Registration is published as a flag and a count of breaching placements, never the placements
   * or learners themselves.
   */
  private List<PublishedAggregate> providerFigures(Slice.Span at, Instant now, long position)
      throws IOException {
    LocalDate day = at.end();
    List<PublishedAggregate> out = new ArrayList<>();
    Slice qaSlice = new Slice("qa", null, at, now, position);
    Slice registration = new Slice("registration", null, at, now, position);
    Slice actions = new Slice("improvement-actions", null, at, now, position);
    TreeSet<String> providers = new TreeSet<>();
    int suitable = 0;
    int mustRegister = 0;
    for (QaStatus.ProviderStatus s : qa.providers(day, null)) {
      ProviderQa q = s.qa();
      String id = q.providerId();
      providers.add(id);
      suitable += q.suitable() ? 1 : 0;
      mustRegister += q.mustRegister() ? 1 : 0;
      out.add(PublishedFigures.count(qaSlice, "suitable", "provider", id, flag(q.suitable())));
      out.add(PublishedFigures.count(qaSlice, "registered", "provider", id, flag(q.registered())));
      out.add(
          PublishedFigures.count(
              qaSlice, "visited", "provider", id, flag(q.latestVisit() != null)));
      out.add(
          PublishedFigures.count(
              registration, "mustRegister", "provider", id, flag(q.mustRegister())));
      out.add(
          PublishedFigures.count(registration, "breaches", "provider", id, q.breaches().size()));
      for (ThemeResult t : q.themes()) {
        Slice theme =
            new Slice(
                "qa-theme",
                t.theme() + " " + t.title() + (t.essential() ? " (essential)" : ""),
                at,
                now,
                position);
        out.add(PublishedFigures.count(theme, "fullyMet", "provider", id, t.fullyMet()));
        out.add(PublishedFigures.count(theme, "partiallyMet", "provider", id, t.partiallyMet()));
        out.add(PublishedFigures.count(theme, "notMet", "provider", id, t.notMet()));
        out.add(PublishedFigures.count(theme, "unjudged", "provider", id, t.unjudged()));
      }
    }
    String total = PublishedFigures.TOTAL;
    out.add(PublishedFigures.count(qaSlice, "suitable", total, total, suitable));
    out.add(PublishedFigures.count(qaSlice, "providers", total, total, providers.size()));
    out.add(PublishedFigures.count(registration, "mustRegister", total, total, mustRegister));
    Map<String, Long> overdue = overdueActions(day);
    providers.addAll(overdue.keySet());
    for (String id : providers) {
      out.add(
          PublishedFigures.count(actions, "overdue", "provider", id, overdue.getOrDefault(id, 0L)));
    }
    out.add(
        PublishedFigures.count(
            actions,
            "overdue",
            total,
            total,
            overdue.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }

  /**
   * How many active learners of each provider are falling behind on {@code at} (the watchlist's
   * default criteria, attendance over the academic year so far): a count per provider and the
   * total, never the learners.
   */
  private List<PublishedAggregate> watchlistFigures(
      Slice.Span at,
      LocalDate yearStart,
      List<Target> allTargets,
      List<Review> allReviews,
      Instant now,
      long position)
      throws IOException {
    LocalDate day = at.end();
    List<LearnerProfile> profiles = cohort.profiles(null, day, List.of());
    List<FallingBehind> behind =
        Watchlist.fallingBehind(
            profiles,
            attendance.countsByLearner(yearStart, day, null),
            allTargets,
            allReviews,
            day,
            policy,
            new FallingBehindCriteria(
                FallingBehindCriteria.DEFAULT_ATTENDANCE,
                FallingBehindCriteria.DEFAULT_MISSED_IN_A_ROW));
    Map<String, String> providerOf = new TreeMap<>();
    profiles.forEach(l -> providerOf.put(l.learnerId(), l.providerId()));
    Map<String, Long> counts = new TreeMap<>();
    providerOf.values().forEach(id -> counts.put(id, 0L));
    behind.forEach(f -> counts.merge(providerOf.get(f.learnerId()), 1L, Long::sum));
    Slice slice = new Slice("watchlist", null, at, now, position);
    List<PublishedAggregate> out = new ArrayList<>();
    counts.forEach(
        (id, n) -> out.add(PublishedFigures.count(slice, "fallingBehind", "provider", id, n)));
    String total = PublishedFigures.TOTAL;
    out.add(PublishedFigures.count(slice, "fallingBehind", total, total, behind.size()));
    return out;
  }

  /**
   * Each provider's latest self-review of each catalogue (greatest start date, then id): its
   * catalogue's items, how many are in place, partly, a gap or unjudged, and its gaps (every item
   * not in place), as {@code GET /api/v1/self-reviews/{id}} counts them; the area is the
   * catalogue's title.
   */
  private List<PublishedAggregate> selfReviewFigures(Slice.Span at, Instant now, long position)
      throws IOException {
    Map<String, SelfReviewDocument> latest = new TreeMap<>();
    for (SelfReviewDocument d :
        store.findAll(
            ReadModels.SELF_REVIEWS, Query.of(q -> q.matchAll(m -> m)), SelfReviewDocument.class)) {
      if (!d.existsAt(null) || d.startedOn().isAfter(at.end())) {
        continue;
      }
      latest.merge(
          d.providerId() + "|" + d.catalogue(),
          d,
          (a, b) ->
              java.util.Comparator.comparing(SelfReviewDocument::startedOn)
                          .thenComparing(SelfReviewDocument::reviewId)
                          .compare(a, b)
                      >= 0
                  ? a
                  : b);
    }
    List<PublishedAggregate> out = new ArrayList<>();
    for (SelfReviewDocument d : latest.values()) {
      SelfReviewCatalogue catalogue = SelfReviewCatalogue.valueOf(d.catalogue());
      Map<String, SelfReviewDocument.ItemJudgement> judged = d.judgementsAt(null);
      int items = catalogue.items().size();
      int inPlace = 0;
      int partly = 0;
      int gap = 0;
      int unjudged = 0;
      for (CatalogueItem item : catalogue.items()) {
        SelfReviewDocument.ItemJudgement j = judged.get(item.code());
        if (j == null || j.judgement() == null) {
          unjudged++;
        } else if (j.judgement() == SelfReviewJudgement.IN_PLACE) {
          inPlace++;
        } else if (j.judgement() == SelfReviewJudgement.PARTLY) {
          partly++;
        } else {
          gap++;
        }
      }
      Slice slice = new Slice("self-review", catalogue.title(), at, now, position);
      String id = d.providerId();
      out.add(PublishedFigures.count(slice, "items", "provider", id, items));
      out.add(PublishedFigures.count(slice, "inPlace", "provider", id, inPlace));
      out.add(PublishedFigures.count(slice, "partly", "provider", id, partly));
      out.add(PublishedFigures.count(slice, "gap", "provider", id, gap));
      out.add(PublishedFigures.count(slice, "unjudged", "provider", id, unjudged));
      out.add(PublishedFigures.count(slice, "gaps", "provider", id, items - inPlace));
    }
    return out;
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }

  /** Improvement actions open on {@code day} and due before it, counted by provider. */
  private Map<String, Long> overdueActions(LocalDate day) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    for (ImprovementPlanDocument plan :
        store.findAll(
            ReadModels.IMPROVEMENT_PLANS,
            Query.of(q -> q.matchAll(m -> m)),
            ImprovementPlanDocument.class)) {
      long n =
          plan.actions().stream()
              .filter(a -> a.openAt(null, day) && a.byWhen().isBefore(day))
              .count();
      out.merge(plan.providerId(), n, Long::sum);
    }
    return out;
  }

  /**
   * Writes one chunk of figures in one bulk request: inside a unit of work the store stages the
   * writes and sends them together when it commits. A figure already published at this position is
   * refused by Elasticsearch (external version) and left as it was.
   *
   * @return the figures sent
   */
  private long write(List<PublishedAggregate> docs, long position) throws IOException {
    UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
    try {
      for (PublishedAggregate d : docs) {
        store.insert(PublishedReadModel.MODEL, d.id(), d, position);
      }
      uow.commit();
    } catch (IOException | RuntimeException e) {
      if (uow.isActive()) {
        uow.rollback(e);
      }
      if (e instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    } finally {
      ProjectionOutcome.reset();
    }
    return docs.size();
  }

  /**
   * Deletes what this publication no longer stands behind: figures of an earlier position, figures
   * of a running period clipped to an earlier day, and figures of years before the previous one.
   *
   * @return documents left in the index
   */
  private long removeStale(long position, LocalDate today, LocalDate previousStart)
      throws IOException {
    String alias = store.indices().alias(PublishedReadModel.MODEL);
    store.client().indices().refresh(r -> r.index(alias));
    Query stale =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.should(
                                s ->
                                    s.range(
                                        r -> r.number(n -> n.field("position").lt(position + 0.0))))
                            .should(
                                s ->
                                    s.bool(
                                        x ->
                                            x.filter(
                                                    f ->
                                                        f.term(
                                                            t ->
                                                                t.field("toDate")
                                                                    .value(FieldValue.of(true))))
                                                .filter(
                                                    f ->
                                                        f.range(
                                                            r ->
                                                                r.date(
                                                                    d ->
                                                                        d.field("periodEnd")
                                                                            .lt(
                                                                                today
                                                                                    .toString()))))))
                            .should(
                                s ->
                                    s.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("periodEnd")
                                                        .lt(previousStart.toString()))))
                            .minimumShouldMatch("1")));
    // Found by search and deleted by id: delete-by-query needs the reindex module, which a
    // minimal node (the embedded one) does not have.
    while (true) {
      List<String> ids =
          store
              .client()
              .search(
                  s -> s.index(alias).query(stale).size(STALE_PAGE).source(src -> src.fetch(false)),
                  Void.class)
              .hits()
              .hits()
              .stream()
              .map(h -> h.id())
              .toList();
      if (ids.isEmpty()) {
        break;
      }
      store
          .client()
          .bulk(
              b -> {
                ids.forEach(id -> b.operations(o -> o.delete(d -> d.index(alias).id(id))));
                return b.refresh(Refresh.True);
              });
      if (ids.size() < STALE_PAGE) {
        break;
      }
    }
    store.client().indices().refresh(r -> r.index(alias));
    return store.client().count(c -> c.index(alias)).count();
  }
}
