package org.waymark.query.erasure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.waymark.privacy.PersonalData;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.ReadModel;

/**
 * What every processing group that keeps names or free text does with a {@code LearnerErasedEvent}:
 * forgets the learner's key on this node, then rewrites each of the learner's documents scrubbed
 * (names and text null, every count-relevant field kept), versioned by the erasure's position like
 * any other write. By the time the event arrives the key is already shredded, so anything projected
 * afterwards (a late event, a rebuild) opens as erased anyway.
 */
@Component
public class Erasures {
  private final DocumentStore store;
  private final PersonalData personalData;

  public Erasures(DocumentStore store, PersonalData personalData) {
    this.store = store;
    this.personalData = personalData;
  }

  /** The cipher, for projectors that open sealed values. */
  public PersonalData personalData() {
    return personalData;
  }

  /**
   * Scrubs every document of {@code model} whose {@code learnerId} is the erased learner.
   *
   * @param idOf the document id of a document
   * @return how many documents were rewritten
   */
  public <T extends Positioned> int scrub(
      ReadModel model,
      String learnerId,
      Class<T> type,
      EventContext event,
      Function<T, String> idOf,
      UnaryOperator<T> scrub)
      throws IOException {
    personalData.keys().forget(learnerId);
    // Documents written by earlier events of this batch, or too recently to be searchable yet,
    // must be found too: send what is pending and refresh before searching.
    store.flushPending();
    for (String index : store.indices().writeIndices(model)) {
      store.client().indices().refresh(r -> r.index(index));
    }
    Query byLearner =
        Query.of(q -> q.term(t -> t.field("learnerId").value(FieldValue.of(learnerId))));
    List<T> docs = store.findAll(model, byLearner, type);
    Set<String> ids = new LinkedHashSet<>();
    docs.forEach(d -> ids.add(idOf.apply(d)));
    return store.updateAll(
        model, ids, type, event, (id, current) -> current.map(scrub).orElse(null));
  }
}
