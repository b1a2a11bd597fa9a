package org.waymark.query.qa;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.analytics.qa.Placement;
import org.waymark.analytics.qa.ProviderQa;
import org.waymark.analytics.qa.QaIndicators;
import org.waymark.analytics.qa.QaVisit;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.query.learner.Cohort;
import org.waymark.query.placement.PlacementReader;
import org.waymark.query.provider.ProviderDocument;
import org.waymark.query.provider.ProviderReader;

/**
 * A provider's QA position at a date as the event history stood at an instant (CONTRACT.md
 * "Definitions", "QA", and "QA at date {@code at}"), computed by {@link QaIndicators#providerAt}
 * from the providers, placements, QA-visits and learners read models.
 */
@Component
public class QaStatus {
  private final ProviderReader providers;
  private final PlacementReader placements;
  private final QaVisitReader visits;
  private final Cohort cohort;

  public QaStatus(
      ProviderReader providers, PlacementReader placements, QaVisitReader visits, Cohort cohort) {
    this.providers = providers;
    this.placements = placements;
    this.visits = visits;
    this.cohort = cohort;
  }

  /** One provider's position, empty when it was not recorded by {@code asAt}. */
  public Optional<ProviderQa> provider(String providerId, LocalDate at, Instant asAt)
      throws IOException {
    Optional<ProviderDocument> provider = providers.provider(providerId, asAt);
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    List<Placement> all = placements.placements(asAt);
    return Optional.of(
        compute(
            provider.get(),
            visits.visits(providerId, asAt),
            all,
            learners(all, at, asAt),
            at,
            asAt));
  }

  /** A provider as recorded and its QA position. */
  public record ProviderStatus(ProviderDocument provider, ProviderQa qa) {}

  /** Every provider recorded by {@code asAt}, with its position at {@code at}, by provider id. */
  public List<ProviderStatus> providers(LocalDate at, Instant asAt) throws IOException {
    List<Placement> all = placements.placements(asAt);
    Map<String, LearnerProfile> learners = learners(all, at, asAt);
    Map<String, List<QaVisit>> byProvider =
        visits.visits(null, asAt).stream().collect(Collectors.groupingBy(QaVisit::providerId));
    List<ProviderStatus> out = new ArrayList<>();
    for (ProviderDocument p : providers.providers(asAt)) {
      out.add(
          new ProviderStatus(
              p,
              compute(
                  p, byProvider.getOrDefault(p.providerId(), List.of()), all, learners, at, asAt)));
    }
    return out;
  }

  private static ProviderQa compute(
      ProviderDocument provider,
      List<QaVisit> visits,
      List<Placement> placements,
      Map<String, LearnerProfile> learners,
      LocalDate at,
      Instant asAt) {
    boolean registered = provider.registeredAt(asAt, at).orElse(false);
    return QaIndicators.providerAt(
        provider.providerId(),
        registered,
        QaCatalogues.standard(),
        visits,
        placements,
        learners,
        at);
  }

  /**
   * The placed learners' characteristics at {@code at} as recorded by {@code asAt}. A placed
   * learner the learners read model does not know (not imported, or not yet projected) still counts
   * as a full-time learner, but cannot count as looked after or with an EHC plan: it is given
   * neutral characteristics ({@code send} N, not looked after) rather than failing the whole
   * answer.
   */
  private Map<String, LearnerProfile> learners(
      List<Placement> placements, LocalDate at, Instant asAt) throws IOException {
    Map<String, LearnerProfile> known = cohort.byId(asAt, at, List.of());
    Map<String, LearnerProfile> out = new HashMap<>(known);
    for (Placement p : placements) {
      out.computeIfAbsent(
          p.learnerId(),
          id ->
              new LearnerProfile(
                  id,
                  p.providerId(),
                  Sex.F,
                  Ethnicity.NOBT,
                  SendStatus.N,
                  false,
                  false,
                  false,
                  null,
                  p.startOn(),
                  null));
    }
    return out;
  }
}
