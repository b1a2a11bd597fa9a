package org.waymark.query.progress;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.progress.WiderSkillsRating;
import org.waymark.api.progress.WiderSkillsRater;
import org.waymark.api.progress.WiderSkillsRatings;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * Reads wider-skills ratings from the {@code wider-skills} read model as the event history stood at
 * an instant, one analytics rating per skill ({@link #SKILLS}).
 */
@Component
public class WiderSkillsReader {
  /** The skills of {@link WiderSkillsRatings}, as the API names them. */
  public static final List<String> SKILLS =
      List.of("independence", "confidence", "selfEsteem", "resilience");

  private final DocumentStore store;

  public WiderSkillsReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Every rating dated on or before {@code to} given by {@code ratedBy} ({@code null}: either),
   * with the ratings in force at {@code asAt} ({@code null}: now), in the order they were first
   * recorded (the analytics take the first given of two ratings of a skill on one date).
   */
  public List<WiderSkillsRating> ratings(LocalDate to, WiderSkillsRater ratedBy, Instant asAt)
      throws IOException {
    List<Query> filters = new ArrayList<>();
    if (to != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("date").lte(to.toString())))));
    }
    if (ratedBy != null) {
      filters.add(
          Query.of(q -> q.term(t -> t.field("ratedBy").value(FieldValue.of(ratedBy.name())))));
    }
    if (asAt != null) {
      filters.add(
          Query.of(
              q -> q.range(r -> r.date(d -> d.field("firstRecordedAt").lte(asAt.toString())))));
    }
    List<WiderSkillsDocument> docs =
        new ArrayList<>(
            store.findAll(
                ReadModels.WIDER_SKILLS,
                Query.of(q -> q.bool(b -> b.filter(filters))),
                WiderSkillsDocument.class));
    docs.sort(
        Comparator.comparing(WiderSkillsDocument::firstRecordedAt)
            .thenComparing(WiderSkillsDocument::ratingId));
    List<WiderSkillsRating> out = new ArrayList<>(docs.size() * SKILLS.size());
    for (WiderSkillsDocument d : docs) {
      d.ratingsAt(asAt)
          .ifPresent(
              r -> {
                out.add(
                    new WiderSkillsRating(
                        d.learnerId(), SKILLS.get(0), d.date(), r.independence()));
                out.add(
                    new WiderSkillsRating(d.learnerId(), SKILLS.get(1), d.date(), r.confidence()));
                out.add(
                    new WiderSkillsRating(d.learnerId(), SKILLS.get(2), d.date(), r.selfEsteem()));
                out.add(
                    new WiderSkillsRating(d.learnerId(), SKILLS.get(3), d.date(), r.resilience()));
              });
    }
    return out;
  }
}
