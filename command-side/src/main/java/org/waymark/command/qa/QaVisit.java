package org.waymark.command.qa;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.waymark.api.qa.CompleteQaVisitCommand;
import org.waymark.api.qa.JudgeQaCriterionCommand;
import org.waymark.api.qa.PreVisitCheckRecordedEvent;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaCriterionJudgedEvent;
import org.waymark.api.qa.QaCriterionJudgementAmendedEvent;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaIds;
import org.waymark.api.qa.QaJudgement;
import org.waymark.api.qa.QaTheme;
import org.waymark.api.qa.QaThemePrioritySetEvent;
import org.waymark.api.qa.QaVisitCompletedEvent;
import org.waymark.api.qa.QaVisitRescheduledEvent;
import org.waymark.api.qa.QaVisitScheduledEvent;
import org.waymark.api.qa.RecordPreVisitCheckCommand;
import org.waymark.api.qa.ScheduleQaVisitCommand;
import org.waymark.api.qa.SetQaThemePriorityCommand;
import org.waymark.command.web.NotFoundException;

/**
 * A QA visit to a provider (seed 002): scheduled, a pre-visit check, criteria judged against the
 * framework, per-theme priorities, then completed. A completed visit takes no further judgement,
 * priority or check; repeating what is already recorded changes nothing, even after completion, so
 * a re-imported file stays idempotent.
 *
 * <p>Every handler may meet a visit never scheduled: they are declared create-if-missing so that
 * case answers {@link NotFoundException} (404) from the aggregate itself, with nothing stored.
 */
@Aggregate
class QaVisit {
  static final String KIND = "QA visit";

  private static final QaFramework FRAMEWORK = QaFramework.standard();

  private String visitId;

  /** The event-store key, QaIds.visit(id): unique across aggregate types. */
  @AggregateIdentifier private String streamId;

  private String providerId;
  private LocalDate visitOn;
  private String visitors;
  private boolean completed;
  private PreVisitCheckRecordedEvent preVisitCheck;
  private final Map<String, Judged> judgements = new HashMap<>();
  private final Map<Integer, String> priorities = new HashMap<>();

  private record Judged(QaJudgement judgement, String evidence, String comments) {}

  QaVisit() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ScheduleQaVisitCommand command) {
    if (visitId == null) {
      apply(
          new QaVisitScheduledEvent(
              command.visitId(), command.providerId(), command.visitOn(), command.visitors()));
      return;
    }
    if (!providerId.equals(command.providerId())) {
      throw new QaConflictException(
          "providerId", command.providerId(), "this visit is recorded for another provider");
    }
    String newVisitors = command.visitors() == null ? visitors : command.visitors();
    if (visitOn.equals(command.visitOn()) && Objects.equals(newVisitors, visitors)) {
      return;
    }
    requireNotCompleted("visitOn", command.visitOn().toString());
    apply(
        new QaVisitRescheduledEvent(visitId, providerId, visitOn, command.visitOn(), newVisitors));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordPreVisitCheckCommand command) {
    requireScheduled(command.visitId());
    if (command.lastOfstedOn() != null && command.lastOfstedOn().isAfter(visitOn)) {
      throw new QaRejectedException(
          "lastOfstedOn",
          command.lastOfstedOn().toString(),
          "must not be after the visit date " + visitOn);
    }
    PreVisitCheckRecordedEvent check =
        new PreVisitCheckRecordedEvent(
            visitId,
            providerId,
            command.registered(),
            command.dfeNumber(),
            command.lastOfstedOutcome(),
            command.lastOfstedOn(),
            command.areasForImprovement());
    if (check.equals(preVisitCheck)) {
      return;
    }
    requireNotCompleted("visitId", visitId);
    apply(check);
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(JudgeQaCriterionCommand command) {
    requireScheduled(command.visitId());
    QaTheme theme = theme(command.theme());
    QaCriterion criterion =
        FRAMEWORK
            .criterion(command.criterion())
            .filter(c -> c.theme() == theme.number())
            .orElseThrow(
                () ->
                    new QaRejectedException(
                        "criterion",
                        command.criterion(),
                        "must be a criterion of theme " + theme.number() + " of the QA framework"));
    if (command.judgement() == null) {
      throw new QaRejectedException("judgement", null, "is required");
    }
    if (!theme.allows(command.judgement())) {
      throw new QaRejectedException(
          "judgement",
          String.valueOf(command.judgement()),
          "theme " + theme.number() + " is essential: must be FULLY_MET or NOT_MET");
    }
    Judged previous = judgements.get(criterion.number());
    Judged next =
        new Judged(
            command.judgement(),
            command.evidence() != null || previous == null
                ? command.evidence()
                : previous.evidence(),
            command.comments() != null || previous == null
                ? command.comments()
                : previous.comments());
    if (next.equals(previous)) {
      return;
    }
    requireNotCompleted("criterion", criterion.number());
    if (previous == null) {
      apply(
          new QaCriterionJudgedEvent(
              visitId,
              providerId,
              theme.number(),
              criterion.number(),
              next.judgement(),
              next.evidence(),
              next.comments()));
    } else {
      apply(
          new QaCriterionJudgementAmendedEvent(
              visitId,
              providerId,
              theme.number(),
              criterion.number(),
              previous.judgement(),
              next.judgement(),
              previous.evidence(),
              next.evidence(),
              previous.comments(),
              next.comments(),
              command.reason()));
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(SetQaThemePriorityCommand command) {
    requireScheduled(command.visitId());
    QaTheme theme = theme(command.theme());
    if (command.priorities().equals(priorities.get(theme.number()))) {
      return;
    }
    requireNotCompleted("theme", Integer.toString(theme.number()));
    apply(new QaThemePrioritySetEvent(visitId, providerId, theme.number(), command.priorities()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(CompleteQaVisitCommand command, Clock clock) {
    requireScheduled(command.visitId());
    if (completed) {
      throw new QaConflictException("visitId", visitId, "the visit is already completed");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate completedOn = command.completedOn() == null ? today : command.completedOn();
    if (completedOn.isBefore(visitOn)) {
      throw new QaRejectedException(
          "completedOn", completedOn.toString(), "must not be before the visit date " + visitOn);
    }
    if (completedOn.isAfter(today)) {
      throw new QaRejectedException(
          "completedOn", completedOn.toString(), "must not be in the future");
    }
    apply(new QaVisitCompletedEvent(visitId, providerId, visitOn, completedOn));
  }

  private void requireScheduled(String id) {
    if (visitId == null) {
      throw new NotFoundException(KIND, id);
    }
  }

  private void requireNotCompleted(String field, String value) {
    if (completed) {
      throw new QaConflictException(
          field, value, "the visit is completed: it takes no further judgement or change");
    }
  }

  private static QaTheme theme(int number) {
    return FRAMEWORK
        .theme(number)
        .orElseThrow(
            () ->
                new QaRejectedException(
                    "theme",
                    Integer.toString(number),
                    "must be a theme of the QA framework, 1 to 9"));
  }

  @EventSourcingHandler
  void on(QaVisitScheduledEvent event) {
    visitId = event.visitId();
    streamId = QaIds.visit(visitId);
    providerId = event.providerId();
    visitOn = event.visitOn();
    visitors = event.visitors();
  }

  @EventSourcingHandler
  void on(QaVisitRescheduledEvent event) {
    visitOn = event.visitOn();
    visitors = event.visitors();
  }

  @EventSourcingHandler
  void on(PreVisitCheckRecordedEvent event) {
    preVisitCheck = event;
  }

  @EventSourcingHandler
  void on(QaCriterionJudgedEvent event) {
    judgements.put(
        event.criterion(), new Judged(event.judgement(), event.evidence(), event.comments()));
  }

  @EventSourcingHandler
  void on(QaCriterionJudgementAmendedEvent event) {
    judgements.put(
        event.criterion(), new Judged(event.judgement(), event.evidence(), event.comments()));
  }

  @EventSourcingHandler
  void on(QaThemePrioritySetEvent event) {
    priorities.put(event.theme(), event.priorities());
  }

  @EventSourcingHandler
  void on(QaVisitCompletedEvent event) {
    completed = true;
  }
}
