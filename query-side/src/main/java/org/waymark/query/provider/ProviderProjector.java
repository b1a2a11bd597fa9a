package org.waymark.query.provider;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.event.FieldChange;
import org.waymark.api.provider.InspectionOutcomeRecordedEvent;
import org.waymark.api.provider.ProviderRecordAmendedEvent;
import org.waymark.api.provider.ProviderRegisteredEvent;
import org.waymark.api.provider.ProviderRegistrationChangedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.provider.ProviderDocument.InspectionEntry;
import org.waymark.query.provider.ProviderDocument.ProviderRecord;
import org.waymark.query.provider.ProviderDocument.RegistrationEntry;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadModels;
import org.waymark.query.store.Version;

/**
 * Projects provider events into the {@code providers} read model, keeping every version of the
 * record and every registration fact (see {@link ProviderDocument}). Replay-safe through {@link
 * DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.PROVIDERS)
class ProviderProjector {
  private final DocumentStore store;

  ProviderProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(ProviderRegisteredEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.providerId(),
        event,
        current ->
            document(
                e.providerId(),
                event,
                current.map(ProviderDocument::firstRecordedAt).orElse(event.recordedAt()),
                History.append(
                    List.of(), new ProviderRecord(e.name(), e.kind().name(), e.dfeNumber()), event),
                List.of(entry(event, null, e.registered())),
                List.of()));
  }

  @EventHandler
  void on(ProviderRecordAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.providerId(),
        event,
        current -> {
          ProviderDocument d = current.orElseThrow(() -> missing(e.providerId(), event));
          ProviderRecord r = History.current(d.versions()).orElseThrow();
          String name = r.name();
          String kind = r.kind();
          String dfeNumber = r.dfeNumber();
          List<RegistrationEntry> registrations = new ArrayList<>(d.registrations());
          for (FieldChange c : e.changes()) {
            switch (c.field()) {
              case "name" -> name = c.newValue();
              case "kind" -> kind = c.newValue();
              case "dfeNumber" -> dfeNumber = c.newValue();
              case "registered" -> registrations.add(entry(event, null, "Y".equals(c.newValue())));
              default -> {
                // a field this read model does not keep
              }
            }
          }
          List<Version<ProviderRecord>> versions = d.versions();
          ProviderRecord next = new ProviderRecord(name, kind, dfeNumber);
          if (!next.equals(r)) {
            versions = History.append(versions, next, event);
          }
          return document(
              d.providerId(), event, d.firstRecordedAt(), versions, registrations, d.inspections());
        });
  }

  @EventHandler
  void on(ProviderRegistrationChangedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.providerId(),
        event,
        current -> {
          ProviderDocument d = current.orElseThrow(() -> missing(e.providerId(), event));
          ProviderRecord r = History.current(d.versions()).orElseThrow();
          List<Version<ProviderRecord>> versions = d.versions();
          ProviderRecord next = new ProviderRecord(r.name(), r.kind(), e.dfeNumber());
          if (!next.equals(r)) {
            versions = History.append(versions, next, event);
          }
          List<RegistrationEntry> registrations = new ArrayList<>(d.registrations());
          // Without a date the change holds from the start, as a correction does.
          registrations.add(entry(event, e.effectiveOn(), e.registered()));
          return document(
              d.providerId(), event, d.firstRecordedAt(), versions, registrations, d.inspections());
        });
  }

  @EventHandler
  void on(InspectionOutcomeRecordedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.providerId(),
        event,
        current -> {
          ProviderDocument d = current.orElseThrow(() -> missing(e.providerId(), event));
          List<InspectionEntry> inspections = new ArrayList<>(d.inspections());
          inspections.add(
              new InspectionEntry(
                  event.recordedAt(),
                  event.position(),
                  e.inspectedOn(),
                  e.outcome() == null ? null : e.outcome().name(),
                  e.areasForImprovement()));
          return document(
              d.providerId(),
              event,
              d.firstRecordedAt(),
              d.versions(),
              d.registrations(),
              inspections);
        });
  }

  private static RegistrationEntry entry(
      EventContext event, java.time.LocalDate effectiveOn, boolean registered) {
    return new RegistrationEntry(
        event.recordedAt(), event.position(), event.recordedBy(), effectiveOn, registered);
  }

  /** The document with its flat fields derived from the history. */
  static ProviderDocument document(
      String providerId,
      EventContext event,
      java.time.Instant firstRecordedAt,
      List<Version<ProviderRecord>> versions,
      List<RegistrationEntry> registrations,
      List<InspectionEntry> inspections) {
    ProviderRecord r = History.current(versions).orElseThrow();
    InspectionEntry last = inspections.isEmpty() ? null : inspections.get(inspections.size() - 1);
    return new ProviderDocument(
        providerId,
        r.name(),
        r.kind(),
        ProviderDocument.latestStatus(registrations),
        r.dfeNumber(),
        last == null ? null : last.inspectedOn(),
        last == null ? null : last.outcome(),
        firstRecordedAt,
        event.position(),
        versions,
        registrations,
        inspections);
  }

  private void change(
      String providerId,
      EventContext event,
      Function<Optional<ProviderDocument>, ProviderDocument> change)
      throws IOException {
    store.update(ReadModels.PROVIDERS, providerId, ProviderDocument.class, event, change);
  }

  /**
   * An event about a provider never projected: the stream is out of order or its registration was
   * lost. Failing (and so retrying) is right; skipping would hide the gap.
   */
  private static IllegalStateException missing(String providerId, EventContext event) {
    return new IllegalStateException(
        "no provider document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); its registration has not been projected");
  }
}
