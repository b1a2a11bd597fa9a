package org.waymark.command.placement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.event.FieldChange;
import org.waymark.api.placement.EndPlacementCommand;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementEndedEvent;
import org.waymark.api.placement.PlacementIds;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.placement.RecordPlacementCommand;
import org.waymark.command.web.Changes;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;
import org.waymark.privacy.PersonalData;

/**
 * An alternative-provision placement: a learner with a provider for some hours a week, from a start
 * date to an end date (open while unknown), possibly as the learner's sole provider.
 */
@Aggregate
class Placement {
  private String placementId;

  /** The event-store key, PlacementIds.of(id): unique across aggregate types. */
  @AggregateIdentifier private String streamId;

  private String learnerId;
  private String providerId;
  private LocalDate startOn;
  private LocalDate endOn;
  private final Map<String, String> values = new LinkedHashMap<>();

  Placement() {
    // rebuilt from events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordPlacementCommand c, PersonalData data) {
    if (c.endOn() != null && c.endOn().isBefore(c.startOn())) {
      throw new InvalidInputException(
          List.of(new FieldProblem("endOn", c.endOn().toString(), "must not be before startOn")));
    }
    data.checkNotErased(c.learnerId());
    if (placementId == null) {
      apply(
          new PlacementStartedEvent(
              c.placementId(),
              c.learnerId(),
              c.providerId(),
              c.startOn(),
              c.endOn(),
              c.hoursPerWeek(),
              c.soleProvider()));
      return;
    }
    List<FieldChange> changes = Changes.between(values, values(c));
    if (!changes.isEmpty()) {
      // no reason is asked for yet; one given would be sealed like any free text
      apply(new PlacementAmendedEvent(placementId, changes, data.seal(c.learnerId(), null)));
    }
  }

  @CommandHandler
  void handle(EndPlacementCommand c, PersonalData data) {
    if (c.endOn().equals(endOn)) {
      return;
    }
    data.checkNotErased(learnerId);
    if (endOn != null) {
      throw new ConflictException(
          "endOn", c.endOn().toString(), "the placement already ended on " + endOn);
    }
    if (c.endOn().isBefore(startOn)) {
      throw new InvalidInputException(
          List.of(new FieldProblem("endOn", c.endOn().toString(), "must not be before startOn")));
    }
    apply(new PlacementEndedEvent(placementId, learnerId, providerId, c.endOn()));
  }

  static Map<String, String> values(RecordPlacementCommand c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("learnerId", c.learnerId());
    m.put("providerId", c.providerId());
    m.put("startOn", c.startOn().toString());
    m.put("endOn", c.endOn() == null ? null : c.endOn().toString());
    m.put("hoursPerWeek", c.hoursPerWeek().stripTrailingZeros().toPlainString());
    m.put("soleProvider", Changes.yn(c.soleProvider()));
    return m;
  }

  @EventSourcingHandler
  void on(PlacementStartedEvent e) {
    placementId = e.placementId();
    streamId = PlacementIds.of(placementId);
    learnerId = e.learnerId();
    providerId = e.providerId();
    startOn = e.startOn();
    endOn = e.endOn();
    values.putAll(
        values(
            new RecordPlacementCommand(
                e.placementId(),
                e.learnerId(),
                e.providerId(),
                e.startOn(),
                e.endOn(),
                e.hoursPerWeek(),
                e.soleProvider())));
  }

  @EventSourcingHandler
  void on(PlacementAmendedEvent e) {
    e.changes().forEach(c -> values.put(c.field(), c.newValue()));
    learnerId = values.get("learnerId");
    providerId = values.get("providerId");
    startOn = LocalDate.parse(values.get("startOn"));
    endOn = values.get("endOn") == null ? null : LocalDate.parse(values.get("endOn"));
  }

  @EventSourcingHandler
  void on(PlacementEndedEvent e) {
    endOn = e.endOn();
    values.put("endOn", e.endOn().toString());
  }
}
