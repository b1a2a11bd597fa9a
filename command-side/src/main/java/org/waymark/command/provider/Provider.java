package org.waymark.command.provider;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.event.FieldChange;
import org.waymark.api.provider.ChangeProviderRegistrationCommand;
import org.waymark.api.provider.InspectionOutcome;
import org.waymark.api.provider.InspectionOutcomeRecordedEvent;
import org.waymark.api.provider.ProviderIds;
import org.waymark.api.provider.ProviderRecordAmendedEvent;
import org.waymark.api.provider.ProviderRegisteredEvent;
import org.waymark.api.provider.ProviderRegistrationChangedEvent;
import org.waymark.api.provider.RecordInspectionOutcomeCommand;
import org.waymark.api.provider.RecordProviderCommand;
import org.waymark.command.web.Changes;
import org.waymark.command.web.ConflictException;

/**
 * A provider: recorded once and amended when corrected, its registration status over time (a
 * registered provider is inspected by Ofsted; an unregistered one must stay under the thresholds),
 * and the outcome of its last inspection.
 */
@Aggregate
class Provider {
  private String providerId;

  /** The event-store key, ProviderIds.of(id): unique across aggregate types. */
  @AggregateIdentifier private String streamId;

  private final Map<String, String> values = new LinkedHashMap<>();
  private LocalDate lastInspectedOn;
  private InspectionOutcome lastOutcome;

  Provider() {
    // rebuilt from events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordProviderCommand command) {
    if (providerId == null) {
      apply(
          new ProviderRegisteredEvent(
              command.providerId(),
              command.name(),
              command.kind(),
              command.registered(),
              command.dfeNumber()));
      return;
    }
    List<FieldChange> changes = Changes.between(values, values(command));
    if (!changes.isEmpty()) {
      apply(new ProviderRecordAmendedEvent(providerId, changes, null));
    }
  }

  @CommandHandler
  void handle(ChangeProviderRegistrationCommand command) {
    String registered = Changes.yn(command.registered());
    if (registered.equals(values.get("registered"))
        && Objects.equals(command.dfeNumber(), values.get("dfeNumber"))) {
      return;
    }
    apply(
        new ProviderRegistrationChangedEvent(
            providerId, command.registered(), command.dfeNumber(), command.effectiveOn()));
  }

  @CommandHandler
  void handle(RecordInspectionOutcomeCommand command) {
    if (command.inspectedOn().equals(lastInspectedOn) && command.outcome() == lastOutcome) {
      return;
    }
    if (lastInspectedOn != null && command.inspectedOn().isBefore(lastInspectedOn)) {
      throw new ConflictException(
          "inspectedOn",
          command.inspectedOn().toString(),
          "a later inspection (" + lastInspectedOn + ") is already recorded");
    }
    apply(
        new InspectionOutcomeRecordedEvent(
            providerId, command.inspectedOn(), command.outcome(), command.areasForImprovement()));
  }

  static Map<String, String> values(RecordProviderCommand c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("kind", c.kind().name());
    m.put("registered", Changes.yn(c.registered()));
    m.put("dfeNumber", c.dfeNumber());
    return m;
  }

  @EventSourcingHandler
  void on(ProviderRegisteredEvent e) {
    providerId = e.providerId();
    streamId = ProviderIds.of(providerId);
    values.putAll(
        values(
            new RecordProviderCommand(
                e.providerId(), e.name(), e.kind(), e.registered(), e.dfeNumber())));
  }

  @EventSourcingHandler
  void on(ProviderRecordAmendedEvent e) {
    e.changes().forEach(c -> values.put(c.field(), c.newValue()));
  }

  @EventSourcingHandler
  void on(ProviderRegistrationChangedEvent e) {
    values.put("registered", Changes.yn(e.registered()));
    values.put("dfeNumber", e.dfeNumber());
  }

  @EventSourcingHandler
  void on(InspectionOutcomeRecordedEvent e) {
    lastInspectedOn = e.inspectedOn();
    lastOutcome = e.outcome();
  }
}
