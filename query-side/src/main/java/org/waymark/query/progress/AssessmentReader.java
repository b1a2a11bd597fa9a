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
import org.waymark.query.store.ReadModels;

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

  public AssessmentReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Every assessment in {@code area} ({@code null}: every area) dated on or before {@code to}
   * ({@code null}: any date), each with its score as the history stood at {@code asAt} ({@code
   * null}: now). Assessments first recorded after {@code asAt} are left out.
   */
  public List<Assessment> assessments(String area, LocalDate to, Instant asAt) throws IOException {
    List<Query> filters = new ArrayList<>();
    if (area != null) {
      filters.add(Query.of(q -> q.term(t -> t.field("area").value(FieldValue.of(area)))));
    }
    if (to != null) {
      filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("date").lte(to.toString())))));
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
    return out;
  }
}
