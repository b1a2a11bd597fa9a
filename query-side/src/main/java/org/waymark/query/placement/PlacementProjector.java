package org.waymark.query.placement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import org.waymark.api.event.FieldChange;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementEndedEvent;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.query.ProcessingGroups;
import org.waymark.query.placement.PlacementDocument.PlacementState;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;
import org.waymark.query.store.ReadModels;

/**
 * Projects placement events into the {@code placements} read model, one document per placement
 * holding every version (see {@link PlacementDocument}). Replay-safe through {@link
 * DocumentStore#update}.
 */
@Component
@ProcessingGroup(ProcessingGroups.PLACEMENTS)
class PlacementProjector {
  private final DocumentStore store;

  PlacementProjector(DocumentStore store) {
    this.store = store;
  }

  @EventHandler
  void on(PlacementStartedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    PlacementState state =
        new PlacementState(
            e.learnerId(),
            e.providerId(),
            e.startOn(),
            e.endOn(),
            e.hoursPerWeek(),
            e.soleProvider());
    change(
        e.placementId(),
        event,
        current ->
            PlacementDocument.of(
                e.placementId(),
                event.recordedAt(),
                event.position(),
                History.append(List.of(), state, event)));
  }

  @EventHandler
  void on(PlacementAmendedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.placementId(),
        event,
        current -> {
          PlacementDocument d = current.orElseThrow(() -> missing(e.placementId(), event));
          PlacementState next = amended(History.current(d.versions()).orElseThrow(), e.changes());
          return PlacementDocument.of(
              d.placementId(),
              d.firstRecordedAt(),
              event.position(),
              History.append(d.versions(), next, event));
        });
  }

  @EventHandler
  void on(PlacementEndedEvent e, EventMessage<?> message) throws IOException {
    EventContext event = EventContext.of(message);
    change(
        e.placementId(),
        event,
        current -> {
          PlacementDocument d = current.orElseThrow(() -> missing(e.placementId(), event));
          PlacementState s = History.current(d.versions()).orElseThrow();
          PlacementState next =
              new PlacementState(
                  s.learnerId(),
                  s.providerId(),
                  s.startOn(),
                  e.endOn(),
                  s.hoursPerWeek(),
                  s.soleProvider());
          return PlacementDocument.of(
              d.placementId(),
              d.firstRecordedAt(),
              event.position(),
              History.append(d.versions(), next, event));
        });
  }

  /**
   * {@code s} with the amendment's new values (fields and codes as the command side names them).
   */
  static PlacementState amended(PlacementState s, List<FieldChange> changes) {
    String learnerId = s.learnerId();
    String providerId = s.providerId();
    LocalDate startOn = s.startOn();
    LocalDate endOn = s.endOn();
    BigDecimal hours = s.hoursPerWeek();
    boolean sole = s.soleProvider();
    for (FieldChange c : changes) {
      String v = c.newValue();
      switch (c.field()) {
        case "learnerId" -> learnerId = v;
        case "providerId" -> providerId = v;
        case "startOn" -> startOn = LocalDate.parse(v);
        case "endOn" -> endOn = v == null || v.isBlank() ? null : LocalDate.parse(v);
        case "hoursPerWeek" -> hours = new BigDecimal(v);
        case "soleProvider" -> sole = "Y".equals(v);
        default -> {
          // a field this read model does not keep
        }
      }
    }
    return new PlacementState(learnerId, providerId, startOn, endOn, hours, sole);
  }

  private void change(
      String placementId,
      EventContext event,
      Function<Optional<PlacementDocument>, PlacementDocument> change)
      throws IOException {
    store.update(ReadModels.PLACEMENTS, placementId, PlacementDocument.class, event, change);
  }

  /** An event about a placement never projected: failing (and retrying) beats hiding the gap. */
  private static IllegalStateException missing(String placementId, EventContext event) {
    return new IllegalStateException(
        "no placement document for an event at position "
            + event.position()
            + " ("
            + event.type()
            + "); its start has not been projected");
  }
}
