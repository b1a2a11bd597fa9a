package org.waymark.query.progress;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.progress.Assessment;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ModelVersions;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.VersionedCache;

/**
 * Reads assessments from the {@code assessments} read model as the event history stood at an
 * instant, for the progress indicator (CONTRACT.md "Definitions", "Progress") and for trends and
 * falling-behind lists.
 *
 * <p>The search is restricted in Elasticsearch by area, date and first-recorded instant, and reads
 * only the fields it needs: the version history only when {@code asAt} is given.
 */
@Component
public class AssessmentReader {
  private static final List<String> CURRENT =
      List.of("learnerId", "area", "date", "kind", "score", "position");
  private static final List<String> WITH_VERSIONS =
      List.of("learnerId", "area", "date", "kind", "score", "position", "versions");

  private final DocumentStore store;
  private final ModelVersions versions;
  private final VersionedCache<Loaded, List<Assessment>> cache = new VersionedCache<>(16);

  /** What one load reads: an area ({@code null}: every area) as the history stood at an instant. */
  private record Loaded(String area, Instant asAt) {}

  public AssessmentReader(DocumentStore store, ModelVersions versions) {
    this.store = store;
    this.versions = versions;
  }

  /**
   * Every assessment in {@code area} ({@code null}: every area) dated on or before {@code to}
   * ({@code null}: any date), each with its score as the history stood at {@code asAt} ({@code
   * null}: now). Assessments first recorded after {@code asAt} are left out.
   *
   * <p>The area's assessments of every date are read once per {@code asAt} and kept until the read
   * model changes; the date (part of an assessment's key, never amended) is filtered from that.
   */
  public List<Assessment> assessments(String area, LocalDate to, Instant asAt) throws IOException {
    List<Assessment> all =
        cache.get(versions.of(ReadModels.ASSESSMENTS), new Loaded(area, asAt), this::load);
    if (to == null) {
      return all;
    }
    List<Assessment> out = new ArrayList<>(all.size());
    for (Assessment a : all) {
      if (!a.date().isAfter(to)) {
        out.add(a);
      }
    }
    return out;
  }

  private List<Assessment> load(Loaded key) throws IOException {
    String area = key.area();
    Instant asAt = key.asAt();
    List<Query> filters = new ArrayList<>();
    if (area != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("area").value(FieldValue.of(area)))));
    }
    if (asAt != null) {
      filters.add(
          Query.of(
              q -> q.range(r -> r.date(d -> d.field("firstRecordedAt").lte(asAt.toString())))));
    }
    Query query = Query.of(q -> q.bool(b -> b.filter(filters)));
    List<AssessmentDocument> docs =
        store.findAll(
            ReadModels.ASSESSMENTS,
            query,
            AssessmentDocument.class,
            asAt == null ? CURRENT : WITH_VERSIONS);
    List<Assessment> out = new ArrayList<>(docs.size());
    for (AssessmentDocument d : docs) {
      d.at(asAt).ifPresent(out::add);
    }
    return List.copyOf(out);
  }
}
