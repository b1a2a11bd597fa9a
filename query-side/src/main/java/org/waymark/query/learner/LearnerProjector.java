package org.waymark.query.learner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.privacy.PersonalData;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadAhead;
import org.waymark.query.store.ReadModels;

/**
 * Projects learner events into the {@code learners} read model, keeping every version (see {@link
 * LearnerDocument}). Replay-safe through {@link DocumentStore#update}. Names and a leaving's reason
 * arrive sealed with the learner's key and are opened here; once the learner is erased they open as
 * nothing, and the erasure scrubs them from every version already projected.
 */
@Component
@ProcessingGroup(ProcessingGroups.LEARNERS)
class LearnerProjector implements ReadAhead {
  private final DocumentStore store;
  private final PersonalData data;

  /** The record fields that are names: sealed in events, scrubbed on erasure. */
  static final java.util.Set<String> NAMES = java.util.Set.of("givenName", "familyName");

  LearnerProjector(DocumentStore store, PersonalData data) {
    this.store = store;
    this.data = data;
  }

  /** The learner's document, for every learner event. */
  @Override
  public void reads(Object payload, Documents documents) {
    String learnerId = null;
    if (payload instanceof LearnerRegisteredEvent e) {
      learnerId = e.learnerId();
    } else if (payload instanceof LearnerRecordAmendedEvent e) {
      learnerId = e.learnerId();
    } else if (payload instanceof LearnerCharacteristicChangedEvent e) {
      learnerId = e.learnerId();
    } else if (payload instanceof LearnerTransferredEvent e) {
      learnerId = e.learnerId();
    } else if (payload instanceof LearnerLeftEvent e) {
      learnerId = e.learnerId();
    } else if (payload instanceof LearnerErasedEvent e) {
      learnerId = e.learnerId();
    }
    if (learnerId != null) {
      documents.add(ReadModels.LEARNERS, learnerId, LearnerDocument.class);
    }
  }

  @EventHandler
  void on(LearnerRegisteredEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    Map<String, String> record = new LinkedHashMap<>();
    record.put("providerId", e.providerId());
    putIfPresent(record, "givenName", data.openOrNull(e.learnerId(), e.givenName()));
    putIfPresent(record, "familyName", data.openOrNull(e.learnerId(), e.familyName()));
    record.put("dateOfBirth", e.dateOfBirth().toString());
    record.put("sex", e.sex().name());
    record.put("ethnicity", e.ethnicity().name());
    record.put("send", e.send().name());
    record.put("disadvantaged", yn(e.disadvantaged()));
    record.put("lookedAfter", yn(e.lookedAfter()));
    record.put("eal", yn(e.eal()));
    record.put("yearGroup", e.yearGroup());
    record.put("enrolledOn", e.enrolledOn().toString());
    change(
        e.learnerId(),
        event,
        current ->
            new LearnerDocument(
                    e.learnerId(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    event.recordedAt(),
                    event.recordedAt(),
                    event.recordedBy(),
                    event.position(),
                    History.append(List.of(), Map.copyOf(record), event),
                    List.of(),
                    List.of())
                .withCurrentFields(event.position()));
  }

  @EventHandler
  void on(LearnerRecordAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.learnerId(),
        event,
        current -> {
          LearnerDocument d = current.orElseThrow(() -> missing(e.learnerId(), event));
          Map<String, String> record =
              new LinkedHashMap<>(History.current(d.versions()).orElse(Map.of()));
          for (FieldChange c : e.changes()) {
            String value =
                NAMES.contains(c.field())
                    ? data.openOrNull(e.learnerId(), c.newValue())
                    : c.newValue();
            if (value == null) {
              record.remove(c.field());
            } else {
              record.put(c.field(), value);
            }
          }
          return with(d, History.append(d.versions(), record, event), d.changes(), d.leavings())
              .withCurrentFields(event.position());
        });
  }

  @EventHandler
  void on(LearnerCharacteristicChangedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    dated(
        e.learnerId(),
        event,
        new LearnerDocument.RecordedChange(
            event.recordedAt(),
            event.position(),
            event.recordedBy(),
            e.effectiveOn(),
            e.characteristic().parameter(),
            e.oldValue(),
            e.newValue()));
  }

  @EventHandler
  void on(LearnerTransferredEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    dated(
        e.learnerId(),
        event,
        new LearnerDocument.RecordedChange(
            event.recordedAt(),
            event.position(),
            event.recordedBy(),
            e.effectiveOn(),
            "provider",
            e.fromProviderId(),
            e.toProviderId()));
  }

  @EventHandler
  void on(LearnerLeftEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.learnerId(),
        event,
        current -> {
          LearnerDocument d = current.orElseThrow(() -> missing(e.learnerId(), event));
          List<LearnerDocument.RecordedLeaving> leavings = new ArrayList<>(d.leavings());
          leavings.add(
              new LearnerDocument.RecordedLeaving(
                  event.recordedAt(),
                  event.position(),
                  event.recordedBy(),
                  e.leftOn(),
                  data.openOrNull(e.learnerId(), e.reason())));
          return with(d, d.versions(), d.changes(), leavings).withCurrentFields(event.position());
        });
  }

  /**
   * Erasure: the names leave every version of the record and the reasons of leavings go; the
   * characteristics, dates and provider (everything indicators count) stay.
   */
  @EventHandler
  void on(LearnerErasedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    data.keys().forget(e.learnerId());
    change(
        e.learnerId(),
        event,
        current -> {
          LearnerDocument d = current.orElseThrow(() -> missing(e.learnerId(), event));
          List<org.waymark.query.store.Version<Map<String, String>>> versions = new ArrayList<>();
          for (var v : d.versions()) {
            Map<String, String> state = new LinkedHashMap<>(v.state());
            NAMES.forEach(state::remove);
            versions.add(
                new org.waymark.query.store.Version<>(
                    v.recordedAt(), v.supersededAt(), v.position(), v.recordedBy(), state));
          }
          List<LearnerDocument.RecordedLeaving> leavings = new ArrayList<>();
          for (LearnerDocument.RecordedLeaving l : d.leavings()) {
            leavings.add(
                new LearnerDocument.RecordedLeaving(
                    l.recordedAt(), l.position(), l.recordedBy(), l.leftOn(), null));
          }
          return with(d, versions, d.changes(), leavings).withCurrentFields(event.position());
        });
  }

  private static void putIfPresent(Map<String, String> record, String field, String value) {
    if (value != null) {
      record.put(field, value);
    }
  }

  private void dated(String learnerId, EventContext event, LearnerDocument.RecordedChange change)
      throws IOException {
    change(
        learnerId,
        event,
        current -> {
          LearnerDocument d = current.orElseThrow(() -> missing(learnerId, event));
          List<LearnerDocument.RecordedChange> changes = new ArrayList<>(d.changes());
          changes.add(change);
          return with(d, d.versions(), changes, d.leavings()).withCurrentFields(event.position());
        });
  }

  private void change(
      String learnerId,
      EventContext event,
      java.util.function.Function<Optional<LearnerDocument>, LearnerDocument> change)
      throws IOException {
    store.update(ReadModels.LEARNERS, learnerId, LearnerDocument.class, event, change);
  }

  private static LearnerDocument with(
      LearnerDocument d,
      List<org.waymark.query.store.Version<Map<String, String>>> versions,
      List<LearnerDocument.RecordedChange> changes,
      List<LearnerDocument.RecordedLeaving> leavings) {
    return new LearnerDocument(
        d.learnerId(),
        d.providerId(),
        d.givenName(),
        d.familyName(),
        d.dateOfBirth(),
        d.sex(),
        d.ethnicity(),
        d.ethnicGroup(),
        d.send(),
        d.disadvantaged(),
        d.lookedAfter(),
        d.eal(),
        d.yearGroup(),
        d.enrolledOn(),
        d.leftOn(),
        d.registeredAt(),
        d.firstRecordedAt(),
        d.recordedBy(),
        d.position(),
        versions,
        changes,
        leavings);
  }

  /**
   * An event about a learner the read model has never seen: the stream is out of order or a
   * registration was lost. Failing (and so retrying) is right; skipping would hide the gap.
   */
  private static IllegalStateException missing(String learnerId, EventContext event) {
    return new IllegalStateException(
        "no learner document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); its registration has not been projected");
  }

  private static String yn(boolean b) {
    return b ? "Y" : "N";
  }
}
