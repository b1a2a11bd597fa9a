package org.waymark.command.learner;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.ChangeLearnerCharacteristicCommand;
import org.waymark.api.learner.EraseLearnerCommand;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.api.learner.RecordLearnerCommand;
import org.waymark.api.learner.RecordLearnerLeftCommand;
import org.waymark.api.learner.RegisterLearnerCommand;
import org.waymark.api.learner.TransferLearnerCommand;
import org.waymark.api.query.Characteristic;
import org.waymark.command.web.Changes;
import org.waymark.command.web.ConflictException;
import org.waymark.privacy.PersonalData;

/**
 * A learner: registered once with the characteristics recorded at enrolment; corrected by
 * amendments; characteristics that change from a date (becomes disadvantaged, SEND status, looked
 * after…) as dated events; leaving; transfer between providers; erasure.
 *
 * <p>Names are sealed with the learner's key before an event is applied ({@link PersonalData}) and
 * opened again when the aggregate is rebuilt, so comparisons are of plaintext. Once erased (the key
 * shredded with the {@link LearnerErasedEvent}), every further command is refused.
 */
@Aggregate
class Learner {

  @AggregateIdentifier private String learnerId;

  /** The recorded values as contract codes, keyed by their camelCase field names. */
  private final Map<String, String> values = new HashMap<>();

  private LocalDate enrolledOn;
  private LocalDate leftOn;
  private Instant erasedOn;

  /** The record fields that are personal text, sealed in events. */
  static final java.util.Set<String> SEALED_FIELDS = java.util.Set.of("givenName", "familyName");

  Learner() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterLearnerCommand command, Clock clock, PersonalData data) {
    if (learnerId != null) {
      refuseIfErased();
      throw new LearnerAlreadyRegisteredException(command.learnerId());
    }
    register(LearnerRecords.event(command), clock, data);
  }

  /** From an import: register when new, amend what differs, nothing when identical. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordLearnerCommand command, Clock clock, PersonalData data) {
    LearnerRegisteredEvent incoming = LearnerRecords.event(command);
    if (learnerId == null) {
      register(incoming, clock, data);
      return;
    }
    refuseIfErased();
    checkDates(incoming.dateOfBirth(), incoming.enrolledOn(), clock);
    List<FieldChange> changes = Changes.between(values, LearnerRecords.values(incoming));
    if (!changes.isEmpty()) {
      apply(
          new LearnerRecordAmendedEvent(
              learnerId, changes.stream().map(c -> sealed(c, data)).toList(), null));
    }
  }

  private void register(LearnerRegisteredEvent event, Clock clock, PersonalData data) {
    checkDates(event.dateOfBirth(), event.enrolledOn(), clock);
    // Creates the learner's key in this command's transaction: it commits with the event.
    data.checkNotErased(event.learnerId());
    apply(LearnerRecords.withNames(event, data::seal));
  }

  /** Erasure: the key is shredded in the transaction that stores the event, or not at all. */
  @CommandHandler
  void handle(EraseLearnerCommand command, Clock clock, PersonalData data) {
    refuseIfErased();
    apply(new LearnerErasedEvent(learnerId, command.basis(), clock.instant()));
    data.shred(learnerId);
  }

  private void refuseIfErased() {
    if (erasedOn != null) {
      throw new ConflictException(
          "learnerId",
          learnerId,
          "the learner's personal data was erased at "
              + erasedOn
              + ": nothing more can be recorded about them");
    }
  }

  private FieldChange sealed(FieldChange c, PersonalData data) {
    if (!SEALED_FIELDS.contains(c.field())) {
      return c;
    }
    return new FieldChange(
        c.field(), data.seal(learnerId, c.oldValue()), data.seal(learnerId, c.newValue()));
  }

  private static void checkDates(LocalDate dateOfBirth, LocalDate enrolledOn, Clock clock) {
    if (dateOfBirth.isAfter(LocalDate.now(clock))) {
      throw new LearnerRejectedException("dateOfBirth", "must not be in the future");
    }
    if (enrolledOn.isBefore(dateOfBirth)) {
      throw new LearnerRejectedException("enrolledOn", "must not be before dateOfBirth");
    }
  }

  @CommandHandler
  void handle(ChangeLearnerCharacteristicCommand command) {
    refuseIfErased();
    if (command.characteristic() == Characteristic.PROVIDER) {
      throw new LearnerRejectedException(
          "characteristic", "a change of provider is a transfer: use the transfer endpoint");
    }
    if (command.effectiveOn().isBefore(enrolledOn)) {
      throw new LearnerRejectedException("effectiveOn", "must not be before enrolledOn");
    }
    String field = LearnerRecords.field(command.characteristic());
    String old = values.get(field);
    if (java.util.Objects.equals(old, command.value())) {
      return;
    }
    apply(
        new LearnerCharacteristicChangedEvent(
            learnerId, command.characteristic(), old, command.value(), command.effectiveOn()));
  }

  @CommandHandler
  void handle(RecordLearnerLeftCommand command, PersonalData data) {
    refuseIfErased();
    if (leftOn != null) {
      if (leftOn.equals(command.leftOn())) {
        return;
      }
      throw new ConflictException(
          "leftOn", command.leftOn().toString(), "the learner already left on " + leftOn);
    }
    if (command.leftOn().isBefore(enrolledOn)) {
      throw new LearnerRejectedException("leftOn", "must not be before enrolledOn");
    }
    apply(
        new LearnerLeftEvent(
            learnerId,
            values.get("providerId"),
            command.leftOn(),
            data.seal(learnerId, command.reason())));
  }

  @CommandHandler
  void handle(TransferLearnerCommand command) {
    refuseIfErased();
    if (leftOn != null) {
      throw new ConflictException(
          "learnerId", learnerId, "the learner left on " + leftOn + " and cannot transfer");
    }
    String from = values.get("providerId");
    if (from.equals(command.toProviderId())) {
      return;
    }
    if (command.effectiveOn().isBefore(enrolledOn)) {
      throw new LearnerRejectedException("effectiveOn", "must not be before enrolledOn");
    }
    apply(
        new LearnerTransferredEvent(
            learnerId, from, command.toProviderId(), command.effectiveOn()));
  }

  @EventSourcingHandler
  void on(LearnerRegisteredEvent event, PersonalData data) {
    this.learnerId = event.learnerId();
    this.values.putAll(
        LearnerRecords.values(LearnerRecords.withNames(event, (id, v) -> data.openOrNull(id, v))));
    this.enrolledOn = event.enrolledOn();
  }

  @EventSourcingHandler
  void on(LearnerRecordAmendedEvent event, PersonalData data) {
    event
        .changes()
        .forEach(
            c ->
                values.put(
                    c.field(),
                    SEALED_FIELDS.contains(c.field())
                        ? data.openOrNull(learnerId, c.newValue())
                        : c.newValue()));
    this.enrolledOn = LocalDate.parse(values.get("enrolledOn"));
  }

  @EventSourcingHandler
  void on(LearnerCharacteristicChangedEvent event) {
    values.put(LearnerRecords.field(event.characteristic()), event.newValue());
  }

  @EventSourcingHandler
  void on(LearnerLeftEvent event) {
    this.leftOn = event.leftOn();
  }

  @EventSourcingHandler
  void on(LearnerErasedEvent event) {
    this.erasedOn = event.erasedOn();
    SEALED_FIELDS.forEach(values::remove);
  }

  @EventSourcingHandler
  void on(LearnerTransferredEvent event) {
    values.put("providerId", event.toProviderId());
  }
}
