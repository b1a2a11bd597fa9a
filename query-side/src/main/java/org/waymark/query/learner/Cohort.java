package org.waymark.query.learner;

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
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * The learners an indicator is about: every learner recorded by {@code asAt}, with the
 * characteristics in effect on the indicator's date, limited to the requested providers (the
 * learner's own provider on that date, CONTRACT.md "Scope and group membership").
 *
 * <p>The learner documents are read once and kept until the read model changes (checked by its
 * {@link ModelVersions stamp}, one small aggregation per request), and so are the profiles worked
 * out from them, so an indicator request neither re-reads nor re-derives every learner.
 */
@Component
public class Cohort {
  /** Profile lists kept per read-model stamp: a year of monthly trend periods, several asAt. */
  static final int KEPT_PROFILE_LISTS = 32;

  private final DocumentStore store;
  private final ModelVersions versions;
  private volatile Snapshot snapshot = new Snapshot(null, List.of());
  private final VersionedCache<ProfilesAt, List<LearnerProfile>> profiles =
      new VersionedCache<>(KEPT_PROFILE_LISTS);

  public Cohort(DocumentStore store, ModelVersions versions) {
    this.store = store;
    this.versions = versions;
  }

  private record Snapshot(ModelVersions.Stamp stamp, List<LearnerDocument> learners) {}

  /** One list of every learner's profile: as the history stood at an instant, on a date. */
  private record ProfilesAt(Instant asAt, LocalDate date) {}

  /**
   * Learners in scope, their profiles as at {@code asAt} with effect on {@code date}. Every
   * learner's profile for an {@code asAt} and {@code date} is worked out once and kept until the
   * read model changes; the providers are filtered from that.
   */
  public List<LearnerProfile> profiles(Instant asAt, LocalDate date, Collection<String> providers)
      throws IOException {
    ModelVersions.Stamp stamp = versions.of(ReadModels.LEARNERS);
    List<LearnerProfile> all =
        profiles.get(stamp, new ProfilesAt(asAt, date), key -> everyProfile(stamp, key));
    if (providers == null || providers.isEmpty()) {
      return all;
    }
    Set<String> wanted = new HashSet<>(providers);
    List<LearnerProfile> out = new ArrayList<>();
    for (LearnerProfile p : all) {
      if (wanted.contains(p.providerId())) {
        out.add(p);
      }
    }
    return out;
  }

  private List<LearnerProfile> everyProfile(ModelVersions.Stamp stamp, ProfilesAt key)
      throws IOException {
    List<LearnerProfile> out = new ArrayList<>();
    for (LearnerDocument d : documents(stamp)) {
      d.profileAt(key.asAt(), key.date()).ifPresent(out::add);
    }
    return List.copyOf(out);
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
    return documents(versions.of(ReadModels.LEARNERS));
  }

  private List<LearnerDocument> documents(ModelVersions.Stamp stamp) throws IOException {
    Snapshot s = snapshot;
    if (s.stamp() != null && s.stamp().equals(stamp)) {
      return s.learners();
    }
    List<LearnerDocument> all =
        store.findAll(
            ReadModels.LEARNERS, Query.of(q -> q.matchAll(m -> m)), LearnerDocument.class);
    snapshot = new Snapshot(stamp, List.copyOf(all));
    return snapshot.learners();
  }
}
