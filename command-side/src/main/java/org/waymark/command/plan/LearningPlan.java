package org.waymark.command.plan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import org.waymark.api.plan.AgreeLearningPlanCommand;
import org.waymark.api.plan.IdentifyLearningNeedsCommand;
import org.waymark.api.plan.LearningLogEntryRecordedEvent;
import org.waymark.api.plan.LearningNeedsIdentifiedEvent;
import org.waymark.api.plan.LearningPlanAgreedEvent;
import org.waymark.api.plan.LearningPlanId;
import org.waymark.api.plan.LearningPlanRevisedEvent;
import org.waymark.api.plan.RecordLearningLogEntryCommand;
import org.waymark.api.plan.ReviseLearningPlanCommand;
import org.waymark.command.web.ConflictException;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.InvalidInputException;
import org.waymark.command.web.NotFoundException;
import org.waymark.privacy.PersonalData;

/**
 * A learner's individual learning plan through the three stages of seed 001: needs identified, plan
 * agreed (only after needs: "once the learner's needs and destination have been clearly identified
 * at stage 1, the plan should be agreed"), plan revised; and the learner's learning log. Nothing
 * here is ever logged: the plan and the log are personal data.
 */
@Aggregate
class LearningPlan {
  static final String KIND = "learning plan";

  @AggregateIdentifier private String planId;
  private LearningNeedsIdentifiedEvent needs;
  private PlanContent plan;
  private LocalDate planDatedOn;
  private final Map<String, LearningLogEntryRecordedEvent> log = new HashMap<>();

  LearningPlan() {
    // required by Axon: the aggregate is rebuilt from its events
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(IdentifyLearningNeedsCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
    LearningNeedsIdentifiedEvent identified =
        new LearningNeedsIdentifiedEvent(
            c.learnerId(),
            c.identifiedOn(),
            c.english(),
            c.maths(),
            c.ict(),
            c.personalAndSocial(),
            c.vocational(),
            c.supportNeeds(),
            c.learningDifficulties(),
            c.preferredWaysOfLearning(),
            c.careersGuidanceNeeds());
    if (identified.equals(needs)) {
      return;
    }
    if (needs != null && c.identifiedOn().isBefore(needs.identifiedOn())) {
      throw rejected(
          "identifiedOn",
          c.identifiedOn(),
          "must not be before the needs last identified on " + needs.identifiedOn());
    }
    apply(PlanText.needs(identified, data::seal));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AgreeLearningPlanCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
    if (needs == null) {
      throw new ConflictException(
          "learnerId",
          c.learnerId(),
          "the learner's needs must be identified before their learning plan is agreed");
    }
    PlanContent content =
        new PlanContent(
            c.progressionAspiration(),
            c.longTermTargets(),
            c.qualifications(),
            c.plannedWorkPlacements(),
            c.support());
    if (plan != null) {
      if (content.equals(plan) && c.agreedOn().equals(planDatedOn)) {
        return;
      }
      throw new ConflictException(
          "learnerId",
          c.learnerId(),
          "the learning plan was already agreed on " + planDatedOn + "; revise it instead");
    }
    if (c.agreedOn().isBefore(needs.identifiedOn())) {
      throw rejected(
          "agreedOn",
          c.agreedOn(),
          "must not be before the needs were identified on " + needs.identifiedOn());
    }
    PlanContent sealed = PlanText.content(content, c.learnerId(), data::seal);
    apply(
        new LearningPlanAgreedEvent(
            c.learnerId(),
            c.agreedOn(),
            sealed.progressionAspiration(),
            sealed.longTermTargets(),
            sealed.qualifications(),
            sealed.plannedWorkPlacements(),
            sealed.support()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ReviseLearningPlanCommand c, PersonalData data) {
    data.checkNotErased(c.learnerId());
    if (plan == null) {
      throw new ConflictException(
          "learnerId", c.learnerId(), "no learning plan has been agreed yet; agree one first");
    }
    PlanContent content =
        new PlanContent(
            c.progressionAspiration(),
            c.longTermTargets(),
            c.qualifications(),
            c.plannedWorkPlacements(),
            c.support());
    if (content.equals(plan)) {
      return; // the plan already stands so
    }
    if (c.revisedOn().isBefore(planDatedOn)) {
      throw rejected(
          "revisedOn",
          c.revisedOn(),
          "must not be before the plan was last agreed or revised, on " + planDatedOn);
    }
    PlanContent sealed = PlanText.content(content, c.learnerId(), data::seal);
    apply(
        new LearningPlanRevisedEvent(
            c.learnerId(),
            c.revisedOn(),
            sealed.progressionAspiration(),
            sealed.longTermTargets(),
            sealed.qualifications(),
            sealed.plannedWorkPlacements(),
            sealed.support(),
            data.seal(c.learnerId(), c.reason())));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordLearningLogEntryCommand c, PersonalData data) {
    if (planId == null) {
      throw new NotFoundException(KIND, c.learnerId());
    }
    data.checkNotErased(c.learnerId());
    LearningLogEntryRecordedEvent entry =
        new LearningLogEntryRecordedEvent(
            c.learnerId(),
            c.entryId(),
            c.writtenOn(),
            c.whatILearned(),
            c.howILearned(),
            c.whatWentWell(),
            c.whatWasDifficult());
    LearningLogEntryRecordedEvent earlier = log.get(c.entryId());
    if (earlier != null) {
      if (earlier.equals(entry)) {
        return;
      }
      throw new ConflictException(
          "entryId", c.entryId(), "a different learning-log entry is recorded under this id");
    }
    apply(PlanText.entry(entry, data::seal));
  }

  private static InvalidInputException rejected(String field, LocalDate value, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, value.toString(), message)));
  }

  @EventSourcingHandler
  void on(LearningNeedsIdentifiedEvent event, PersonalData data) {
    planId = LearningPlanId.of(event.learnerId());
    needs = PlanText.needs(event, data::openOrNull);
  }

  @EventSourcingHandler
  void on(LearningPlanAgreedEvent event, PersonalData data) {
    plan =
        PlanText.content(
            new PlanContent(
                event.progressionAspiration(),
                event.longTermTargets(),
                event.qualifications(),
                event.plannedWorkPlacements(),
                event.support()),
            event.learnerId(),
            data::openOrNull);
    planDatedOn = event.agreedOn();
  }

  @EventSourcingHandler
  void on(LearningPlanRevisedEvent event, PersonalData data) {
    plan =
        PlanText.content(
            new PlanContent(
                event.progressionAspiration(),
                event.longTermTargets(),
                event.qualifications(),
                event.plannedWorkPlacements(),
                event.support()),
            event.learnerId(),
            data::openOrNull);
    planDatedOn = event.revisedOn();
  }

  @EventSourcingHandler
  void on(LearningLogEntryRecordedEvent event, PersonalData data) {
    log.put(event.entryId(), PlanText.entry(event, data::openOrNull));
  }
}
