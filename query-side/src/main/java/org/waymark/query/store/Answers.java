package org.waymark.query.store;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Finished answers of the indicator endpoints, kept while the read models they are computed from
 * are unchanged: the key is the endpoint, its request parameters (sorted), today's date (the
 * default of {@code at} and {@code to}) and the {@linkplain ModelVersions stamp} of every read
 * model the answer reads. The first request after any of those models changed computes the answer
 * afresh, so a kept answer is always the one a computation would give now; dashboards polling the
 * same figures are answered without recomputing them. An answer that fails (a bad parameter) is not
 * kept.
 */
@Component
public class Answers {
  /** Computes an answer. */
  @FunctionalInterface
  public interface Computation<T> {
    T compute() throws IOException;
  }

  /** Answers kept, least recently used first out. */
  static final int CAPACITY = 512;

  private final ModelVersions versions;
  private final Clock clock;
  private final VersionedCache<Key, Object> kept = new VersionedCache<>(CAPACITY);

  private record Key(
      String endpoint,
      Map<String, List<String>> parameters,
      LocalDate today,
      List<ModelVersions.Stamp> stamps) {}

  public Answers(ModelVersions versions, Clock clock) {
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * The answer of {@code endpoint} to {@code parameters}, computed by {@code computation} unless
   * kept under the current stamps of {@code models}. The answer must not be changed afterwards.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(
      String endpoint,
      Map<String, List<String>> parameters,
      List<ReadModel> models,
      Computation<T> computation)
      throws IOException {
    List<ModelVersions.Stamp> stamps = new ArrayList<>(models.size());
    for (ReadModel m : models) {
      stamps.add(versions.of(m));
    }
    Map<String, List<String>> sorted = new TreeMap<>();
    parameters.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
    Key key = new Key(endpoint, sorted, LocalDate.now(clock), List.copyOf(stamps));
    // The stamps are in the key, so one cache generation serves every combination of them; kept
    // answers of older stamps are never hit again and leave by age.
    return (T) kept.get(0, key, k -> computation.compute());
  }
}
