package org.waymark.query.review;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.review.Review;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * Reads progress reviews from the {@code reviews} read model as analytics takes them, for the
 * review-currency indicator, trends and the falling-behind lists. Reads only the facts it needs
 * (never free text).
 */
@Component
public class ReviewReader {
  /** The source fields a current answer needs. */
  static final List<String> CURRENT_FIELDS =
      List.of("reviewId", "learnerId", "current.heldOn", "current.onTarget");

  /** The source fields an {@code asAt} answer needs: every version's dates and facts. */
  static final List<String> VERSION_FIELDS =
      List.of(
          "reviewId",
          "learnerId",
          "versions.recordedAt",
          "versions.supersededAt",
          "versions.state.heldOn",
          "versions.state.onTarget");

  private final DocumentStore store;
  private final ModelVersions versions;
  private final VersionedCache<Instant, List<Review>> cache = new VersionedCache<>(8);

  public ReviewReader(DocumentStore store, ModelVersions versions) {
    this.store = store;
    this.versions = versions;
  }

  /**
   * Every review as the event history stood at {@code asAt} ({@code null}: now): a review recorded
   * after {@code asAt} does not exist, an amendment recorded after it is not yet made. Reviews of
   * every learner, in no particular order. Kept until the read model changes (an unmodifiable
   * list).
   */
  public List<Review> reviews(Instant asAt) throws IOException {
    return cache.get(versions.of(ReadModels.REVIEWS), asAt, this::load);
  }

  private List<Review> load(Instant asAt) throws IOException {
    List<ReviewDocument> docs =
        asAt == null
            ? store.findAll(
                ReadModels.REVIEWS,
                Query.of(q -> q.matchAll(m -> m)),
                ReviewDocument.class,
                CURRENT_FIELDS)
            : store.findAll(
                ReadModels.REVIEWS,
                Query.of(
                    q ->
                        q.range(r -> r.date(d -> d.field("firstRecordedAt").lte(asAt.toString())))),
                ReviewDocument.class,
                VERSION_FIELDS);
    List<Review> out = new ArrayList<>(docs.size());
    for (ReviewDocument d : docs) {
      d.reviewAt(asAt).ifPresent(out::add);
    }
    return List.copyOf(out);
  }
}
