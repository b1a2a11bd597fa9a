package org.waymark.query.placement;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.analytics.qa.Placement;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/** Reads the {@code placements} read model as the QA indicators take it. */
@Component
public class PlacementReader {
  private final DocumentStore store;

  public PlacementReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * Every placement recorded by {@code asAt} ({@code null}: now), each as its version in force then
   * (hours, end date, provider as amended by that instant), ordered by placement id.
   */
  public List<Placement> placements(Instant asAt) throws IOException {
    List<Placement> out = new ArrayList<>();
    for (PlacementDocument d :
        store.findAll(
            ReadModels.PLACEMENTS, Query.of(q -> q.matchAll(m -> m)), PlacementDocument.class)) {
      d.placementAt(asAt).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Placement::placementId));
    return out;
  }
}
