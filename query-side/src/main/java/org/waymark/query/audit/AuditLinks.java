package org.waymark.query.audit;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.waymark.api.event.FieldChange;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;

/**
 * Fills in the learner and provider an event leaves out because its aggregate already knows them: a
 * placement amendment names only the placement, a self-review item only the self-review. They are
 * taken from the latest earlier audit entry about the same placement (or self-review), so the
 * learner's trail lists the placement's amendments and a provider's search finds its self-review
 * items.
 *
 * <p>Deterministic on replay: the answer depends only on earlier events. The latest link of each
 * placement and self-review is remembered (per write index) with the position it was learnt at, and
 * used only for later events; otherwise the write index is refreshed and searched, so an entry
 * written moments ago is found.
 */
@Component
class AuditLinks {
  private static final int REMEMBERED = 50_000;

  private final DocumentStore store;
  private final Map<String, Link> remembered =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
          return size() > REMEMBERED;
        }
      };

  AuditLinks(DocumentStore store) {
    this.store = store;
  }

  private record Link(long position, String learnerId, String providerId) {}

  /**
   * {@code ids} completed with the learner and provider of the placement or self-review the event
   * is about (a placement amendment that changes either takes the new value).
   */
  Map<String, String> resolve(Object payload, long position, Map<String, String> ids)
      throws IOException {
    String context = AuditEntries.context(payload);
    String subjectField = subjectField(context);
    String subject = subjectField == null ? null : ids.get(subjectField);
    if (subject == null) {
      return ids;
    }
    Map<String, String> out = new LinkedHashMap<>(ids);
    if (!out.containsKey("learnerId") || !out.containsKey("providerId")) {
      Link earlier = earlier(context, subjectField, subject, position);
      if (earlier != null) {
        if (!out.containsKey("learnerId") && earlier.learnerId() != null) {
          out.put("learnerId", earlier.learnerId());
        }
        if (!out.containsKey("providerId") && earlier.providerId() != null) {
          out.put("providerId", earlier.providerId());
        }
      }
    }
    if (payload instanceof PlacementAmendedEvent e && e.changes() != null) {
      for (FieldChange c : e.changes()) {
        if (("learnerId".equals(c.field()) || "providerId".equals(c.field()))
            && c.newValue() != null) {
          out.put(c.field(), c.newValue());
        }
      }
    }
    remember(
        key(context, subject), new Link(position, out.get("learnerId"), out.get("providerId")));
    return out;
  }

  /** The record component naming the aggregate whose events need linking, by context. */
  private static String subjectField(String context) {
    return switch (context) {
      case "placement" -> "placementId";
      case "selfreview" -> "reviewId";
      default -> null;
    };
  }

  private Link earlier(String context, String field, String subject, long position)
      throws IOException {
    String key = key(context, subject);
    synchronized (remembered) {
      Link known = remembered.get(key);
      if (known != null && known.position() < position) {
        return known;
      }
    }
    String index = store.indices().writeIndices(ReadModels.AUDIT).get(0);
    store.client().indices().refresh(r -> r.index(index));
    var response =
        store
            .client()
            .search(
                s ->
                    s.index(index)
                        .size(1)
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.filter(term("context", context))
                                            .filter(term(field, subject))
                                            .filter(
                                                Query.of(
                                                    r ->
                                                        r.range(
                                                            g ->
                                                                g.number(
                                                                    n ->
                                                                        n.field("position")
                                                                            .lt(
                                                                                (double)
                                                                                    position)))))))
                        .sort(o -> o.field(f -> f.field("position").order(SortOrder.Desc))),
                AuditEntry.class);
    if (response.hits().hits().isEmpty() || response.hits().hits().get(0).source() == null) {
      return null;
    }
    AuditEntry e = response.hits().hits().get(0).source();
    return new Link(e.position(), e.learnerId(), e.providerId());
  }

  private void remember(String key, Link link) {
    synchronized (remembered) {
      Link known = remembered.get(key);
      if (known == null || known.position() < link.position()) {
        remembered.put(key, link);
      }
    }
  }

  private String key(String context, String subject) {
    return store.indices().writeIndices(ReadModels.AUDIT).get(0) + "|" + context + "|" + subject;
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }
}
