package org.waymark.command.target;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.target.RecordTargetOutcomeCommand;
import org.waymark.api.target.SetTargetCommand;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetDetails;
import org.waymark.api.target.TargetIds;
import org.waymark.api.target.TargetOutcome;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.command.cache.AggregateCaches;
import org.waymark.command.web.NotFoundException;
import org.waymark.privacy.PersonalData;

/**
 * A SMART target of one learner and its outcomes. Rules: never due before it was set; outcomes are
 * dated from the set date, not in the future, in date order; a carried-forward target is due after
 * the date it was due before; at most one final outcome, and nothing after it. Only the latest
 * outcome can be amended, so the chain of due dates stays consistent.
 *
 * <p>Free text (description, measure, outcome notes, reasons for amending) is sealed with the
 * learner's key before an event is applied, and stays sealed in this aggregate's state: it is
 * opened only when a command compares it (an amendment compares plaintext), so a target kept in the
 * {@linkplain AggregateCaches#TARGETS cache} between commands holds nothing in the clear; nothing
 * more is recorded about an erased learner.
 */
@Aggregate(cache = AggregateCaches.TARGETS)
class Target {

  /** The event-store key ({@code TargetIds.of(id)}); the plain id is what events carry. */
  @AggregateIdentifier private String aggregateId;

  private String targetId;
  private String learnerId;

  /** As the events hold them: description and measure sealed. */
  private TargetDetails details;

  private final List<Outcome> outcomes = new ArrayList<>();

  /** An outcome, its note sealed as the event holds it. */
  private record Outcome(LocalDate date, TargetOutcome outcome, LocalDate newDueOn, String note) {}

  Target() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(SetTargetCommand c, PersonalData data) {
    checkDates(c);
    if (targetId == null) {
      setNew(c, data);
      return;
    }
    if (!learnerId.equals(c.learnerId())) {
      throw new TargetConflictException(
          "learnerId", c.learnerId(), "this target is set for another learner");
    }
    data.checkNotErased(learnerId);
    TargetDetails current = text(details, t -> data.openOrNull(learnerId, t));
    TargetDetails amended =
        new TargetDetails(
            c.area(),
            c.description(),
            c.contractColumnsOnly() ? current.measure() : c.measure(),
            c.setOn(),
            c.dueOn(),
            c.contractColumnsOnly() ? current.longTermTargetId() : c.longTermTargetId());
    if (amended.equals(current)) {
      return;
    }
    if (!outcomes.isEmpty() && outcomes.get(0).date().isBefore(amended.setOn())) {
      throw new TargetRejectedException(
          "setOn",
          amended.setOn(),
          "must not be after the outcome already recorded on " + outcomes.get(0).date());
    }
    outcomes.stream()
        .filter(o -> o.newDueOn() != null)
        .findFirst()
        .filter(cf -> !amended.dueOn().isBefore(cf.newDueOn()))
        .ifPresent(
            cf -> {
              throw new TargetRejectedException(
                  "dueOn",
                  amended.dueOn(),
                  "must be before " + cf.newDueOn() + ", the date it was carried forward to");
            });
    TargetDetails sealedAmended = sealed(amended, data);
    apply(
        new TargetAmendedEvent(
            targetId,
            learnerId,
            sealedLike(current, amended, sealedAmended, data),
            sealedAmended,
            data.seal(learnerId, c.reason())));
  }

  /** The details as held: description and measure sealed (tests). */
  TargetDetails details() {
    return details;
  }

  /** The outcomes' notes as held: sealed (tests). */
  List<String> notes() {
    return outcomes.stream().map(Outcome::note).toList();
  }

  /** {@code d} with its description and measure sealed with the learner's key. */
  private TargetDetails sealed(TargetDetails d, PersonalData data) {
    return text(d, t -> data.seal(learnerId, t));
  }

  /**
   * {@code previous} sealed, reusing the new version's sealed value where the text is unchanged, so
   * an amendment's two versions differ exactly where the text does (sealing is randomised).
   */
  private TargetDetails sealedLike(
      TargetDetails previous, TargetDetails next, TargetDetails sealedNext, PersonalData data) {
    return text(
        previous,
        t -> {
          if (t == null) {
            return null;
          }
          if (t.equals(next.description())) {
            return sealedNext.description();
          }
          if (t.equals(next.measure())) {
            return sealedNext.measure();
          }
          return data.seal(learnerId, t);
        });
  }

  /** {@code d} with its free text passed through {@code f}. */
  private static TargetDetails text(TargetDetails d, UnaryOperator<String> f) {
    return new TargetDetails(
        d.area(),
        f.apply(d.description()),
        f.apply(d.measure()),
        d.setOn(),
        d.dueOn(),
        d.longTermTargetId());
  }

  /** An import's row for a target with no event yet: created without loading. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.ALWAYS)
  void handle(SetNewTargetCommand n, PersonalData data) {
    checkDates(n.command());
    setNew(n.command(), data);
  }

  private static void checkDates(SetTargetCommand c) {
    if (c.dueOn().isBefore(c.setOn())) {
      throw new TargetRejectedException("dueOn", c.dueOn(), "must not be before setOn");
    }
  }

  private static void setNew(SetTargetCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
    apply(
        new TargetSetEvent(
            c.targetId(),
            c.learnerId(),
            c.area(),
            data.seal(c.learnerId(), c.description()),
            data.seal(c.learnerId(), c.measure()),
            c.setOn(),
            c.dueOn(),
            c.longTermTargetId()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordTargetOutcomeCommand c, Clock clock, PersonalData data) {
    if (targetId == null) {
      throw new NotFoundException("target", c.targetId());
    }
    data.checkNotErased(learnerId);
    if (c.date().isBefore(details.setOn())) {
      throw new TargetRejectedException(
          "date", c.date(), "must not be before the target was set on " + details.setOn());
    }
    if (c.date().isAfter(LocalDate.now(clock))) {
      throw new TargetRejectedException("date", c.date(), "must not be in the future");
    }
    boolean carriedForward = c.outcome() == TargetOutcome.CARRIED_FORWARD;
    if (carriedForward && c.newDueOn() == null) {
      throw new TargetRejectedException("newDueOn", null, "is required for CARRIED_FORWARD");
    }
    if (!carriedForward && c.newDueOn() != null) {
      throw new TargetRejectedException(
          "newDueOn", c.newDueOn(), "is only for CARRIED_FORWARD, not " + c.outcome());
    }
    Outcome latest = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
    Outcome onSameDate =
        outcomes.stream().filter(o -> o.date().equals(c.date())).findFirst().orElse(null);
    if (onSameDate != null) {
      if (!onSameDate.outcome().equals(c.outcome())
          || !Objects.equals(onSameDate.newDueOn(), c.newDueOn())
          || !Objects.equals(data.openOrNull(learnerId, onSameDate.note()), c.note())) {
        amendLatest(c, latest, data);
      }
      return;
    }
    if (latest != null && latest.outcome().isFinal()) {
      throw new TargetConflictException(
          "outcome",
          c.outcome(),
          "the target already has a final outcome, " + latest.outcome() + " on " + latest.date());
    }
    if (latest != null && latest.date().isAfter(c.date())) {
      throw new TargetConflictException(
          "date",
          c.date(),
          "a later outcome is already recorded on "
              + latest.date()
              + "; outcomes are recorded in date order");
    }
    LocalDate due = dueBefore(outcomes.size());
    if (carriedForward && !c.newDueOn().isAfter(due)) {
      throw new TargetRejectedException(
          "newDueOn", c.newDueOn(), "must be after the date the target was due, " + due);
    }
    apply(
        new TargetOutcomeRecordedEvent(
            targetId,
            learnerId,
            c.date(),
            c.outcome(),
            c.newDueOn(),
            data.seal(learnerId, c.note())));
  }

  /** A changed outcome on a date already recorded: only the latest outcome may change. */
  private void amendLatest(RecordTargetOutcomeCommand c, Outcome latest, PersonalData data) {
    if (!latest.date().equals(c.date())) {
      throw new TargetConflictException(
          "date",
          c.date(),
          "only the latest outcome of a target, on " + latest.date() + ", can be amended");
    }
    LocalDate due = dueBefore(outcomes.size() - 1);
    if (c.outcome() == TargetOutcome.CARRIED_FORWARD && !c.newDueOn().isAfter(due)) {
      throw new TargetRejectedException(
          "newDueOn", c.newDueOn(), "must be after the date the target was due, " + due);
    }
    String note = data.seal(learnerId, c.note());
    String latestNote = data.openOrNull(learnerId, latest.note());
    String previousNote =
        latestNote != null && latestNote.equals(c.note()) ? note : data.seal(learnerId, latestNote);
    apply(
        new TargetOutcomeAmendedEvent(
            targetId,
            learnerId,
            c.date(),
            latest.outcome(),
            latest.newDueOn(),
            previousNote,
            c.outcome(),
            c.newDueOn(),
            note,
            data.seal(learnerId, c.reason())));
  }

  /** The due date in force before the outcome at {@code index}: the set due date or the last CF. */
  private LocalDate dueBefore(int index) {
    LocalDate due = details.dueOn();
    for (int i = 0; i < index; i++) {
      if (outcomes.get(i).newDueOn() != null) {
        due = outcomes.get(i).newDueOn();
      }
    }
    return due;
  }

  @EventSourcingHandler
  void on(TargetSetEvent e) {
    this.aggregateId = TargetIds.of(e.targetId());
    this.targetId = e.targetId();
    this.learnerId = e.learnerId();
    this.details =
        new TargetDetails(
            e.area(), e.description(), e.measure(), e.setOn(), e.dueOn(), e.longTermTargetId());
  }

  @EventSourcingHandler
  void on(TargetAmendedEvent e) {
    this.details = e.details();
  }

  @EventSourcingHandler
  void on(TargetOutcomeRecordedEvent e) {
    outcomes.add(new Outcome(e.date(), e.outcome(), e.newDueOn(), e.note()));
  }

  @EventSourcingHandler
  void on(TargetOutcomeAmendedEvent e) {
    outcomes.set(outcomes.size() - 1, new Outcome(e.date(), e.outcome(), e.newDueOn(), e.note()));
  }
}
