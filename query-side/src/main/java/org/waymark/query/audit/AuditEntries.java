package org.waymark.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waymark.api.attendance.AttendanceMark;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.api.attendance.AttendanceMarksRecordedEvent;
import org.waymark.api.behaviour.BehaviourIncidentFollowedUpEvent;
import org.waymark.api.behaviour.BehaviourIncidentRecordedEvent;
import org.waymark.api.behaviour.RewardGivenEvent;
import org.waymark.api.destination.DestinationAmendedEvent;
import org.waymark.api.destination.DestinationRecordedEvent;
import org.waymark.api.destination.MovingOnPlanRecordedEvent;
import org.waymark.api.event.FieldChange;
import org.waymark.api.learner.LearnerCharacteristicChangedEvent;
import org.waymark.api.learner.LearnerErasedEvent;
import org.waymark.api.learner.LearnerLeftEvent;
import org.waymark.api.learner.LearnerRecordAmendedEvent;
import org.waymark.api.learner.LearnerRegisteredEvent;
import org.waymark.api.learner.LearnerTransferredEvent;
import org.waymark.api.placement.PlacementAmendedEvent;
import org.waymark.api.placement.PlacementEndedEvent;
import org.waymark.api.placement.PlacementStartedEvent;
import org.waymark.api.plan.LearningLogEntryRecordedEvent;
import org.waymark.api.plan.LearningNeedsIdentifiedEvent;
import org.waymark.api.plan.LearningPlanAgreedEvent;
import org.waymark.api.plan.LearningPlanRevisedEvent;
import org.waymark.api.progress.AssessmentAmendedEvent;
import org.waymark.api.progress.AssessmentRecordedEvent;
import org.waymark.api.progress.WiderSkillsRatedEvent;
import org.waymark.api.progress.WiderSkillsRatingAmendedEvent;
import org.waymark.api.provider.InspectionOutcomeRecordedEvent;
import org.waymark.api.provider.ProviderRecordAmendedEvent;
import org.waymark.api.provider.ProviderRegisteredEvent;
import org.waymark.api.provider.ProviderRegistrationChangedEvent;
import org.waymark.api.qa.ImprovementActionAddedEvent;
import org.waymark.api.qa.ImprovementActionClosedEvent;
import org.waymark.api.qa.ImprovementActionReviewedEvent;
import org.waymark.api.qa.ImprovementPlanClosedEvent;
import org.waymark.api.qa.ImprovementPlanOpenedEvent;
import org.waymark.api.qa.PreVisitCheckRecordedEvent;
import org.waymark.api.qa.QaCriterionJudgedEvent;
import org.waymark.api.qa.QaCriterionJudgementAmendedEvent;
import org.waymark.api.qa.QaThemePrioritySetEvent;
import org.waymark.api.qa.QaVisitCompletedEvent;
import org.waymark.api.qa.QaVisitRescheduledEvent;
import org.waymark.api.qa.QaVisitScheduledEvent;
import org.waymark.api.review.ConfidentialReviewReadEvent;
import org.waymark.api.review.ProgressReviewAmendedEvent;
import org.waymark.api.review.ProgressReviewRecordedEvent;
import org.waymark.api.selfreview.SelfReviewCompletedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgedEvent;
import org.waymark.api.selfreview.SelfReviewItemJudgementAmendedEvent;
import org.waymark.api.selfreview.SelfReviewStartedEvent;
import org.waymark.api.target.TargetAmendedEvent;
import org.waymark.api.target.TargetOutcomeAmendedEvent;
import org.waymark.api.target.TargetOutcomeRecordedEvent;
import org.waymark.api.target.TargetSetEvent;
import org.waymark.privacy.PersonalData;
import org.waymark.query.store.EventContext;

/**
 * Turns any event into its {@link AuditEntry}: ids found on the payload, the date the fact takes
 * effect, a summary sentence, an amendment's old and new values, and the payload as JSON with a
 * confidential review's narrative replaced. Pure: no Elasticsearch, so it is unit-tested.
 */
public final class AuditEntries {
  /** What a confidential review's narrative fields say in the audit read model. */
  public static final String CONFIDENTIAL = "[confidential]";

  /**
   * What a value sealed with a learner's key (a name, free text) says in the audit read model: the
   * audit never holds personal text, so erasing a learner leaves nothing to scrub here.
   */
  public static final String ENCRYPTED = "[encrypted]";

  /** The free-text fields of a progress review (ProgressReviewDetails: "the last three"). */
  static final Set<String> NARRATIVE =
      Set.of("workingTowards", "learnerComment", "tutorComment", "whyNotMet");

  /** Record components taken as the entry's ids, in the entry's order. */
  static final List<String> ID_FIELDS =
      List.of(
          "learnerId",
          "providerId",
          "placementId",
          "targetId",
          "reviewId",
          "visitId",
          "planId",
          "actionId",
          "assessmentId",
          "ratingId",
          "incidentId",
          "rewardId",
          "entryId");

  /** Every event type of the api, by simple class name: the values {@code type} may filter on. */
  public static final List<String> EVENT_TYPES =
      Stream.of(
              AttendanceMarkAmendedEvent.class,
              AttendanceMarksRecordedEvent.class,
              BehaviourIncidentFollowedUpEvent.class,
              BehaviourIncidentRecordedEvent.class,
              RewardGivenEvent.class,
              DestinationAmendedEvent.class,
              DestinationRecordedEvent.class,
              MovingOnPlanRecordedEvent.class,
              LearnerCharacteristicChangedEvent.class,
              LearnerErasedEvent.class,
              ConfidentialReviewReadEvent.class,
              LearnerLeftEvent.class,
              LearnerRecordAmendedEvent.class,
              LearnerRegisteredEvent.class,
              LearnerTransferredEvent.class,
              PlacementAmendedEvent.class,
              PlacementEndedEvent.class,
              PlacementStartedEvent.class,
              LearningLogEntryRecordedEvent.class,
              LearningNeedsIdentifiedEvent.class,
              LearningPlanAgreedEvent.class,
              LearningPlanRevisedEvent.class,
              AssessmentAmendedEvent.class,
              AssessmentRecordedEvent.class,
              WiderSkillsRatedEvent.class,
              WiderSkillsRatingAmendedEvent.class,
              InspectionOutcomeRecordedEvent.class,
              ProviderRecordAmendedEvent.class,
              ProviderRegisteredEvent.class,
              ProviderRegistrationChangedEvent.class,
              ImprovementActionAddedEvent.class,
              ImprovementActionClosedEvent.class,
              ImprovementActionReviewedEvent.class,
              ImprovementPlanClosedEvent.class,
              ImprovementPlanOpenedEvent.class,
              PreVisitCheckRecordedEvent.class,
              QaCriterionJudgedEvent.class,
              QaCriterionJudgementAmendedEvent.class,
              QaThemePrioritySetEvent.class,
              QaVisitCompletedEvent.class,
              QaVisitRescheduledEvent.class,
              QaVisitScheduledEvent.class,
              ProgressReviewAmendedEvent.class,
              ProgressReviewRecordedEvent.class,
              SelfReviewCompletedEvent.class,
              SelfReviewItemJudgedEvent.class,
              SelfReviewItemJudgementAmendedEvent.class,
              SelfReviewStartedEvent.class,
              TargetAmendedEvent.class,
              TargetOutcomeAmendedEvent.class,
              TargetOutcomeRecordedEvent.class,
              TargetSetEvent.class)
          .map(Class::getSimpleName)
          .sorted()
          .toList();

  private static final String API_PACKAGE = "org.waymark.api.";

  /**
   * A record class's components, looked up once: {@link Class#getRecordComponents} builds a new
   * array of new objects on every call, and the audit asks for each of the events it projects.
   */
  private static final ClassValue<RecordComponent[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          RecordComponent[] found = type.getRecordComponents();
          return found == null ? new RecordComponent[0] : found;
        }
      };

  private static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  private final ObjectMapper json;

  /**
   * {@link #json} writing every sealed text as {@link #ENCRYPTED}: a payload's JSON in one pass.
   */
  private final ObjectMapper masking;

  public AuditEntries(ObjectMapper json) {
    this.json = json;
    this.masking =
        json.copy()
            .registerModule(new SimpleModule("audit-masking").addSerializer(new MaskingStrings()));
  }

  /** Every string value as written, except a sealed one, which is {@link #ENCRYPTED}. */
  private static final class MaskingStrings extends StdSerializer<String> {
    MaskingStrings() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(PersonalData.isSealed(value) ? ENCRYPTED : value);
    }
  }

  /** The entry for {@code payload}, with {@code ids} (from {@link #ids}, links resolved). */
  public AuditEntry entry(Object payload, EventContext event, Map<String, String> ids) {
    LocalDate effective =
        event.effectiveDate() != null ? event.effectiveDate() : payloadDate(payload);
    LocalDate occurred =
        effective != null
            ? effective
            : event.recordedAt() == null
                ? null
                : LocalDate.ofInstant(event.recordedAt(), ZoneOffset.UTC);
    return new AuditEntry(
        event.position(),
        payload.getClass().getSimpleName(),
        context(payload),
        ids.get("learnerId"),
        ids.get("providerId"),
        ids.get("placementId"),
        ids.get("targetId"),
        ids.get("reviewId"),
        ids.get("visitId"),
        ids.get("planId"),
        ids.get("actionId"),
        ids.get("assessmentId"),
        ids.get("ratingId"),
        ids.get("incidentId"),
        ids.get("rewardId"),
        ids.get("entryId"),
        event.recordedAt(),
        event.recordedBy(),
        event.source(),
        effective,
        occurred,
        isAmendment(payload),
        summary(payload),
        reason(payload),
        changes(payload),
        payload(payload));
  }

  /** The api package of the event ({@code attendance}, {@code qa}, …), {@code other} if none. */
  public static String context(Object payload) {
    String pkg = payload.getClass().getPackageName();
    if (pkg.startsWith(API_PACKAGE)) {
      String rest = pkg.substring(API_PACKAGE.length());
      int dot = rest.indexOf('.');
      return dot < 0 ? rest : rest.substring(0, dot);
    }
    return "other";
  }

  public static boolean isAmendment(Object payload) {
    return payload.getClass().getSimpleName().endsWith("AmendedEvent");
  }

  /**
   * The ids named on the payload's record components ({@link #ID_FIELDS}); a transfer's provider is
   * the one the learner moves to.
   */
  public static Map<String, String> ids(Object payload) {
    Map<String, String> ids = new LinkedHashMap<>();
    if (payload instanceof LearnerTransferredEvent t) {
      ids.put("learnerId", t.learnerId());
      ids.put("providerId", t.toProviderId());
      return ids;
    }
    if (!payload.getClass().isRecord()) {
      return ids;
    }
    for (RecordComponent c : components(payload.getClass())) {
      if (c.getType() == String.class && ID_FIELDS.contains(c.getName())) {
        Object v = read(c, payload);
        if (v != null) {
          ids.put(c.getName(), v.toString());
        }
      }
    }
    return ids;
  }

  /**
   * The date the fact is about, when the payload has one: a mark's date, a review's held-on date,
   * an assessment's date, a change's effective date. Dates that are plans rather than facts (a
   * visit scheduled for, a target due by) are not taken.
   */
  static LocalDate payloadDate(Object p) {
    if (p instanceof AttendanceMarksRecordedEvent e) {
      return e.marks() == null
          ? null
          : e.marks().stream()
              .map(AttendanceMark::date)
              .filter(Objects::nonNull)
              .min(LocalDate::compareTo)
              .orElse(null);
    }
    if (p instanceof AttendanceMarkAmendedEvent e) {
      return e.date();
    }
    if (p instanceof BehaviourIncidentRecordedEvent e) {
      return e.occurredOn();
    }
    if (p instanceof BehaviourIncidentFollowedUpEvent e) {
      return e.followedUpOn();
    }
    if (p instanceof RewardGivenEvent e) {
      return e.awardedOn();
    }
    if (p instanceof DestinationRecordedEvent e) {
      return e.knownOn();
    }
    if (p instanceof DestinationAmendedEvent e) {
      return e.knownOn();
    }
    if (p instanceof MovingOnPlanRecordedEvent e) {
      return e.agreedOn();
    }
    if (p instanceof LearnerRegisteredEvent e) {
      return e.enrolledOn();
    }
    if (p instanceof LearnerCharacteristicChangedEvent e) {
      return e.effectiveOn();
    }
    if (p instanceof LearnerTransferredEvent e) {
      return e.effectiveOn();
    }
    if (p instanceof LearnerLeftEvent e) {
      return e.leftOn();
    }
    if (p instanceof PlacementStartedEvent e) {
      return e.startOn();
    }
    if (p instanceof PlacementEndedEvent e) {
      return e.endOn();
    }
    if (p instanceof LearningLogEntryRecordedEvent e) {
      return e.writtenOn();
    }
    if (p instanceof LearningNeedsIdentifiedEvent e) {
      return e.identifiedOn();
    }
    if (p instanceof LearningPlanAgreedEvent e) {
      return e.agreedOn();
    }
    if (p instanceof LearningPlanRevisedEvent e) {
      return e.revisedOn();
    }
    if (p instanceof AssessmentRecordedEvent e) {
      return e.date();
    }
    if (p instanceof AssessmentAmendedEvent e) {
      return e.date();
    }
    if (p instanceof WiderSkillsRatedEvent e) {
      return e.date();
    }
    if (p instanceof WiderSkillsRatingAmendedEvent e) {
      return e.date();
    }
    if (p instanceof InspectionOutcomeRecordedEvent e) {
      return e.inspectedOn();
    }
    if (p instanceof ProviderRegistrationChangedEvent e) {
      return e.effectiveOn();
    }
    if (p instanceof ImprovementActionClosedEvent e) {
      return e.closedOn();
    }
    if (p instanceof ImprovementActionReviewedEvent e) {
      return e.reviewedOn();
    }
    if (p instanceof ImprovementPlanClosedEvent e) {
      return e.closedOn();
    }
    if (p instanceof ImprovementPlanOpenedEvent e) {
      return e.openedOn();
    }
    if (p instanceof QaVisitCompletedEvent e) {
      return e.completedOn();
    }
    if (p instanceof ProgressReviewRecordedEvent e) {
      return e.heldOn();
    }
    if (p instanceof ProgressReviewAmendedEvent e) {
      return e.details() == null ? null : e.details().heldOn();
    }
    if (p instanceof SelfReviewStartedEvent e) {
      return e.startedOn();
    }
    if (p instanceof SelfReviewCompletedEvent e) {
      return e.completedOn();
    }
    if (p instanceof TargetSetEvent e) {
      return e.setOn();
    }
    if (p instanceof TargetAmendedEvent e) {
      return e.details() == null ? null : e.details().setOn();
    }
    if (p instanceof TargetOutcomeRecordedEvent e) {
      return e.date();
    }
    if (p instanceof TargetOutcomeAmendedEvent e) {
      return e.date();
    }
    return null;
  }

  /**
   * One sentence an inspector can scan. Ids, codes, dates and enum values only: never a name, a
   * characteristic's value or a review's narrative. An amendment's reason is appended, except for a
   * confidential review's.
   */
  static String summary(Object p) {
    if (p instanceof AttendanceMarksRecordedEvent e) {
      List<AttendanceMark> marks = e.marks() == null ? List.of() : e.marks();
      if (marks.size() == 1) {
        AttendanceMark m = marks.get(0);
        return "Register mark " + m.date() + " " + m.session() + " recorded as " + m.code();
      }
      LocalDate first = payloadDate(e);
      LocalDate last =
          marks.stream()
              .map(AttendanceMark::date)
              .filter(Objects::nonNull)
              .max(LocalDate::compareTo)
              .orElse(null);
      return marks.size()
          + " register marks recorded"
          + (first == null
              ? ""
              : first.equals(last) ? " for " + first : ", " + first + " to " + last);
    }
    if (p instanceof AttendanceMarkAmendedEvent e) {
      return because(
          "Register mark "
              + e.date()
              + " "
              + e.session()
              + " amended from "
              + e.oldCode()
              + " to "
              + e.newCode(),
          e.reason());
    }
    if (p instanceof BehaviourIncidentRecordedEvent e) {
      return "Behaviour incident "
          + e.incidentId()
          + " on "
          + e.occurredOn()
          + " recorded: "
          + e.category()
          + ", "
          + e.severity()
          + ", learner as "
          + e.role();
    }
    if (p instanceof BehaviourIncidentFollowedUpEvent e) {
      return "Behaviour incident " + e.incidentId() + " followed up on " + e.followedUpOn();
    }
    if (p instanceof RewardGivenEvent e) {
      return "Reward "
          + e.rewardId()
          + " given on "
          + e.awardedOn()
          + ": "
          + e.kind()
          + (e.points() == null ? "" : ", " + e.points() + " points");
    }
    if (p instanceof DestinationRecordedEvent e) {
      return "Destination known on " + e.knownOn() + " recorded: " + e.destination();
    }
    if (p instanceof DestinationAmendedEvent e) {
      return because(
          "Destination known on "
              + e.knownOn()
              + " amended from "
              + e.oldDestination()
              + " to "
              + e.newDestination(),
          e.reason());
    }
    if (p instanceof MovingOnPlanRecordedEvent e) {
      return "Moving-on plan agreed on "
          + e.agreedOn()
          + ": intended destination "
          + e.intendedDestination();
    }
    if (p instanceof LearnerRegisteredEvent e) {
      return "Learner registered at provider " + e.providerId() + ", enrolled on " + e.enrolledOn();
    }
    if (p instanceof LearnerErasedEvent e) {
      return "Learner's personal data erased (" + e.basis() + ") at " + e.erasedOn();
    }
    if (p instanceof ConfidentialReviewReadEvent e) {
      return "Confidential progress review " + e.reviewId() + " read by " + e.readBy();
    }
    if (p instanceof LearnerRecordAmendedEvent e) {
      return because("Learner record amended (" + fields(e.changes()) + ")", e.reason());
    }
    if (p instanceof LearnerCharacteristicChangedEvent e) {
      return "Characteristic "
          + (e.characteristic() == null ? "?" : e.characteristic().parameter())
          + " changed with effect from "
          + e.effectiveOn();
    }
    if (p instanceof LearnerTransferredEvent e) {
      return "Learner transferred from provider "
          + e.fromProviderId()
          + " to "
          + e.toProviderId()
          + " with effect from "
          + e.effectiveOn();
    }
    if (p instanceof LearnerLeftEvent e) {
      return "Learner left provider " + e.providerId() + " on " + e.leftOn();
    }
    if (p instanceof PlacementStartedEvent e) {
      return "Placement "
          + e.placementId()
          + " at provider "
          + e.providerId()
          + " starting "
          + e.startOn()
          + (e.endOn() == null ? "" : " to " + e.endOn())
          + ", "
          + (e.hoursPerWeek() == null ? "?" : e.hoursPerWeek().toPlainString())
          + " hours a week"
          + (e.soleProvider() ? ", sole provider" : "");
    }
    if (p instanceof PlacementAmendedEvent e) {
      return because(
          "Placement " + e.placementId() + " amended (" + fields(e.changes()) + ")", e.reason());
    }
    if (p instanceof PlacementEndedEvent e) {
      return "Placement "
          + e.placementId()
          + " at provider "
          + e.providerId()
          + " ended "
          + e.endOn();
    }
    if (p instanceof LearningLogEntryRecordedEvent e) {
      return "Learning log entry " + e.entryId() + " written on " + e.writtenOn();
    }
    if (p instanceof LearningNeedsIdentifiedEvent e) {
      return "Learning needs identified on " + e.identifiedOn();
    }
    if (p instanceof LearningPlanAgreedEvent e) {
      return "Learning plan agreed on " + e.agreedOn();
    }
    if (p instanceof LearningPlanRevisedEvent e) {
      return "Learning plan revised on " + e.revisedOn();
    }
    if (p instanceof AssessmentRecordedEvent e) {
      return "Assessment "
          + e.assessmentId()
          + " recorded: "
          + e.area()
          + " "
          + e.kind()
          + " on "
          + e.date()
          + ", score "
          + e.score();
    }
    if (p instanceof AssessmentAmendedEvent e) {
      return because(
          "Assessment "
              + e.assessmentId()
              + " ("
              + e.area()
              + " "
              + e.kind()
              + " on "
              + e.date()
              + ") amended from "
              + e.previousScore()
              + " to "
              + e.score(),
          e.reason());
    }
    if (p instanceof WiderSkillsRatedEvent e) {
      return "Wider skills rating "
          + e.ratingId()
          + " recorded: "
          + e.kind()
          + " by "
          + e.ratedBy()
          + " on "
          + e.date();
    }
    if (p instanceof WiderSkillsRatingAmendedEvent e) {
      return because(
          "Wider skills rating " + e.ratingId() + " of " + e.date() + " amended", e.reason());
    }
    if (p instanceof ProviderRegisteredEvent e) {
      return "Provider "
          + e.providerId()
          + " recorded: "
          + e.kind()
          + ", "
          + (e.registered() ? "registered" : "unregistered");
    }
    if (p instanceof ProviderRecordAmendedEvent e) {
      return because(
          "Provider " + e.providerId() + " record amended (" + fields(e.changes()) + ")",
          e.reason());
    }
    if (p instanceof ProviderRegistrationChangedEvent e) {
      return "Provider "
          + e.providerId()
          + " became "
          + (e.registered() ? "registered" : "unregistered")
          + " with effect from "
          + e.effectiveOn();
    }
    if (p instanceof InspectionOutcomeRecordedEvent e) {
      return "Inspection of provider "
          + e.providerId()
          + " on "
          + e.inspectedOn()
          + " recorded: "
          + e.outcome();
    }
    if (p instanceof QaVisitScheduledEvent e) {
      return "QA visit "
          + e.visitId()
          + " to provider "
          + e.providerId()
          + " scheduled for "
          + e.visitOn();
    }
    if (p instanceof QaVisitRescheduledEvent e) {
      return "QA visit "
          + e.visitId()
          + " rescheduled from "
          + e.previousVisitOn()
          + " to "
          + e.visitOn();
    }
    if (p instanceof PreVisitCheckRecordedEvent e) {
      return "Pre-visit check recorded for QA visit " + e.visitId();
    }
    if (p instanceof QaCriterionJudgedEvent e) {
      return "QA visit "
          + e.visitId()
          + ": theme "
          + e.theme()
          + " criterion "
          + e.criterion()
          + " judged "
          + e.judgement();
    }
    if (p instanceof QaCriterionJudgementAmendedEvent e) {
      return because(
          "QA visit "
              + e.visitId()
              + ": theme "
              + e.theme()
              + " criterion "
              + e.criterion()
              + " judgement amended from "
              + e.previousJudgement()
              + " to "
              + e.judgement(),
          e.reason());
    }
    if (p instanceof QaThemePrioritySetEvent e) {
      return "QA visit " + e.visitId() + ": priorities set for theme " + e.theme();
    }
    if (p instanceof QaVisitCompletedEvent e) {
      return "QA visit "
          + e.visitId()
          + " held on "
          + e.visitOn()
          + " completed on "
          + e.completedOn();
    }
    if (p instanceof ImprovementPlanOpenedEvent e) {
      return "Improvement plan "
          + e.planId()
          + " opened on "
          + e.openedOn()
          + (e.visitId() == null ? "" : " after QA visit " + e.visitId());
    }
    if (p instanceof ImprovementActionAddedEvent e) {
      return "Improvement action "
          + e.actionId()
          + " added to plan "
          + e.planId()
          + (e.byWhen() == null ? "" : ", due " + e.byWhen());
    }
    if (p instanceof ImprovementActionReviewedEvent e) {
      return "Improvement action "
          + e.actionId()
          + " of plan "
          + e.planId()
          + " reviewed on "
          + e.reviewedOn()
          + ": "
          + e.status();
    }
    if (p instanceof ImprovementActionClosedEvent e) {
      return "Improvement action "
          + e.actionId()
          + " of plan "
          + e.planId()
          + " closed on "
          + e.closedOn()
          + ": "
          + e.outcome();
    }
    if (p instanceof ImprovementPlanClosedEvent e) {
      return "Improvement plan " + e.planId() + " closed on " + e.closedOn();
    }
    if (p instanceof ProgressReviewRecordedEvent e) {
      return "Progress review "
          + e.reviewId()
          + " held on "
          + e.heldOn()
          + " recorded: "
          + (e.onTarget() ? "on target" : "not on target")
          + (e.confidential() ? " (confidential)" : "");
    }
    if (p instanceof ProgressReviewAmendedEvent e) {
      String s =
          "Progress review "
              + e.reviewId()
              + (e.details() == null ? "" : " held on " + e.details().heldOn())
              + " amended ("
              + String.join(", ", changedFields(e.previous(), e.details()))
              + ")";
      return confidential(e) ? s + " (confidential)" : because(s, e.reason());
    }
    if (p instanceof SelfReviewStartedEvent e) {
      return "Self-review "
          + e.reviewId()
          + " of provider "
          + e.providerId()
          + " started on "
          + e.startedOn()
          + " ("
          + e.catalogue()
          + ")";
    }
    if (p instanceof SelfReviewItemJudgedEvent e) {
      return "Self-review " + e.reviewId() + ": item " + e.code() + " judged " + e.judgement();
    }
    if (p instanceof SelfReviewItemJudgementAmendedEvent e) {
      return because(
          "Self-review "
              + e.reviewId()
              + ": item "
              + e.code()
              + " judgement amended from "
              + e.oldJudgement()
              + " to "
              + e.newJudgement(),
          e.reason());
    }
    if (p instanceof SelfReviewCompletedEvent e) {
      return "Self-review "
          + e.reviewId()
          + " completed on "
          + e.completedOn()
          + ", "
          + e.itemsJudged()
          + " items judged";
    }
    if (p instanceof TargetSetEvent e) {
      return "Target "
          + e.targetId()
          + " set on "
          + e.setOn()
          + " in "
          + e.area()
          + ", due "
          + e.dueOn();
    }
    if (p instanceof TargetAmendedEvent e) {
      return because(
          "Target "
              + e.targetId()
              + " amended ("
              + String.join(", ", changedFields(e.previous(), e.details()))
              + ")",
          e.reason());
    }
    if (p instanceof TargetOutcomeRecordedEvent e) {
      return "Target "
          + e.targetId()
          + " outcome on "
          + e.date()
          + ": "
          + e.outcome()
          + (e.newDueOn() == null ? "" : ", now due " + e.newDueOn());
    }
    if (p instanceof TargetOutcomeAmendedEvent e) {
      return because(
          "Target "
              + e.targetId()
              + " outcome of "
              + e.date()
              + " amended from "
              + e.previousOutcome()
              + " to "
              + e.outcome(),
          e.reason());
    }
    return p.getClass().getSimpleName() + " recorded";
  }

  /** An amendment's reason as given; {@code null} for other events. */
  static String reason(Object p) {
    if (!isAmendment(p) || !p.getClass().isRecord()) {
      return null;
    }
    if (p instanceof ProgressReviewAmendedEvent e && confidential(e) && e.reason() != null) {
      return CONFIDENTIAL;
    }
    for (RecordComponent c : components(p.getClass())) {
      if (c.getName().equals("reason") && c.getType() == String.class) {
        return masked((String) read(c, p));
      }
    }
    return null;
  }

  /** The old and new values an amendment records, only the fields that differ. */
  List<AuditChange> changes(Object p) {
    List<AuditChange> out = new ArrayList<>();
    if (p instanceof AttendanceMarkAmendedEvent e) {
      pair(out, "code", e.oldCode(), e.newCode());
    } else if (p instanceof DestinationAmendedEvent e) {
      pair(out, "destination", e.oldDestination(), e.newDestination());
      pair(out, "detail", e.oldDetail(), e.newDetail());
    } else if (p instanceof LearnerRecordAmendedEvent e) {
      fieldChanges(out, e.changes());
    } else if (p instanceof PlacementAmendedEvent e) {
      fieldChanges(out, e.changes());
    } else if (p instanceof ProviderRecordAmendedEvent e) {
      fieldChanges(out, e.changes());
    } else if (p instanceof AssessmentAmendedEvent e) {
      pair(out, "score", e.previousScore(), e.score());
    } else if (p instanceof WiderSkillsRatingAmendedEvent e) {
      out.addAll(diff(e.previous(), e.ratings()));
    } else if (p instanceof QaCriterionJudgementAmendedEvent e) {
      pair(out, "judgement", e.previousJudgement(), e.judgement());
      pair(out, "evidence", e.previousEvidence(), e.evidence());
      pair(out, "comments", e.previousComments(), e.comments());
    } else if (p instanceof ProgressReviewAmendedEvent e) {
      boolean hide = confidential(e);
      for (AuditChange c : diff(e.previous(), e.details())) {
        out.add(
            hide && NARRATIVE.contains(c.field())
                ? new AuditChange(c.field(), CONFIDENTIAL, CONFIDENTIAL)
                : c);
      }
    } else if (p instanceof SelfReviewItemJudgementAmendedEvent e) {
      pair(out, "judgement", e.oldJudgement(), e.newJudgement());
      pair(out, "evidence", e.oldEvidence(), e.newEvidence());
      pair(out, "priority", e.oldPriority(), e.newPriority());
    } else if (p instanceof TargetAmendedEvent e) {
      out.addAll(diff(e.previous(), e.details()));
    } else if (p instanceof TargetOutcomeAmendedEvent e) {
      pair(out, "outcome", e.previousOutcome(), e.outcome());
      pair(out, "newDueOn", e.previousNewDueOn(), e.newDueOn());
      pair(out, "note", e.previousNote(), e.note());
    }
    return out;
  }

  /**
   * The payload as JSON, every sealed text {@link #ENCRYPTED}; a confidential progress review
   * (recorded or amended, either version confidential) has every narrative field that holds text
   * replaced by {@link #CONFIDENTIAL}.
   *
   * <p>Most payloads are written once, straight to the JSON text that is stored (a node that writes
   * itself raw): no tree of the payload is built, walked and written again, which for an import's
   * register of 380 marks was most of the audit processor's time. Only a confidential review's
   * payload, whose fields are replaced, goes through a tree.
   */
  JsonNode payload(Object p) {
    if (p instanceof ProgressReviewRecordedEvent e && e.confidential()) {
      JsonNode node = masking.valueToTree(p);
      redact(node);
      return node;
    }
    if (p instanceof ProgressReviewAmendedEvent e && confidential(e)) {
      JsonNode node = masking.valueToTree(p);
      redact(node.get("previous"));
      redact(node.get("details"));
      // The reason for amending a confidential review may say as much as the review itself.
      if (node instanceof ObjectNode o && o.hasNonNull("reason")) {
        o.put("reason", CONFIDENTIAL);
      }
      return node;
    }
    try {
      return JsonNodeFactory.instance.rawValueNode(new RawValue(masking.writeValueAsString(p)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write a " + p.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@link #ENCRYPTED} for a sealed value, else the value. */
  static String masked(String value) {
    return PersonalData.isSealed(value) ? ENCRYPTED : value;
  }

  private static boolean confidential(ProgressReviewAmendedEvent e) {
    return e.confidential()
        || (e.previous() != null && e.previous().confidential())
        || (e.details() != null && e.details().confidential());
  }

  private static void redact(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (String field : NARRATIVE) {
        JsonNode v = o.get(field);
        if (v != null && !v.isNull()) {
          o.put(field, CONFIDENTIAL);
        }
      }
    }
  }

  /** The differing components of two versions of one record type, in declaration order. */
  List<AuditChange> diffValues(Record before, Record after) {
    List<AuditChange> out = new ArrayList<>();
    Class<?> type = before != null ? before.getClass() : after != null ? after.getClass() : null;
    if (type == null) {
      return out;
    }
    for (RecordComponent c : components(type)) {
      Object old = before == null ? null : read(c, before);
      Object now = after == null ? null : read(c, after);
      pair(out, c.getName(), old, now);
    }
    return out;
  }

  private List<AuditChange> diff(Record before, Record after) {
    return diffValues(before, after);
  }

  /** The names of the components that differ between two versions of one record type. */
  static List<String> changedFields(Record before, Record after) {
    List<String> out = new ArrayList<>();
    Class<?> type = before != null ? before.getClass() : after != null ? after.getClass() : null;
    if (type == null) {
      return out;
    }
    for (RecordComponent c : components(type)) {
      Object old = before == null ? null : read(c, before);
      Object now = after == null ? null : read(c, after);
      if (!Objects.equals(old, now)) {
        out.add(c.getName());
      }
    }
    return out;
  }

  private void pair(List<AuditChange> out, String field, Object old, Object now) {
    if (!Objects.equals(old, now)) {
      out.add(new AuditChange(field, text(old), text(now)));
    }
  }

  private static void fieldChanges(List<AuditChange> out, List<FieldChange> changes) {
    if (changes != null) {
      for (FieldChange c : changes) {
        out.add(new AuditChange(c.field(), masked(c.oldValue()), masked(c.newValue())));
      }
    }
  }

  private String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof String str && PersonalData.isSealed(str)) {
      return ENCRYPTED;
    }
    if (v instanceof CharSequence
        || v instanceof Number
        || v instanceof Boolean
        || v instanceof Enum<?>
        || v instanceof LocalDate) {
      return v.toString();
    }
    try {
      return json.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      return v.toString();
    }
  }

  private static String fields(List<FieldChange> changes) {
    return changes == null
        ? ""
        : changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
  }

  private static String because(String sentence, String reason) {
    return reason == null || reason.isBlank() ? sentence : sentence + ": " + masked(reason.strip());
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }
}
