package org.waymark.query.qa;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.qa.QaVisit;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/** Reads the {@code qa-visits} read model as the QA indicators take it. */
@Component
public class QaVisitReader {
  private final DocumentStore store;

  public QaVisitReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Every visit scheduled by {@code asAt} ({@code null}: now), with its date and judgements as they
   * stood then; only {@code providerId}'s when that is not null.
   */
  public List<QaVisit> visits(String providerId, Instant asAt) throws IOException {
    Query query =
        providerId == null
            ? Query.of(q -> q.matchAll(m -> m))
            : Query.of(q -> q.term(t -> t.field("providerId").value(providerId)));
    List<QaVisit> out = new ArrayList<>();
    for (QaVisitDocument d : store.findAll(ReadModels.QA_VISITS, query, QaVisitDocument.class)) {
      d.visitAt(asAt).ifPresent(out::add);
    }
    return out;
  }
}
