package org.waymark.command.plan;

import java.util.List;
import java.util.function.BinaryOperator;
import org.waymark.api.plan.LearningLogEntryRecordedEvent;
import org.waymark.api.plan.LearningNeedsIdentifiedEvent;

/**
 * The free text of learning-plan events passed through a function of (learner id, text): sealing
 * before an event is applied, opening when the aggregate is rebuilt. Every text is personal here.
 */
final class PlanText {
  private PlanText() {}

  static LearningNeedsIdentifiedEvent needs(
      LearningNeedsIdentifiedEvent e, BinaryOperator<String> f) {
    String id = e.learnerId();
    return new LearningNeedsIdentifiedEvent(
        id,
        e.identifiedOn(),
        f.apply(id, e.english()),
        f.apply(id, e.maths()),
        f.apply(id, e.ict()),
        f.apply(id, e.personalAndSocial()),
        f.apply(id, e.vocational()),
        f.apply(id, e.supportNeeds()),
        f.apply(id, e.learningDifficulties()),
        f.apply(id, e.preferredWaysOfLearning()),
        f.apply(id, e.careersGuidanceNeeds()));
  }

  static PlanContent content(PlanContent c, String learnerId, BinaryOperator<String> f) {
    return new PlanContent(
        f.apply(learnerId, c.progressionAspiration()),
        list(c.longTermTargets(), learnerId, f),
        list(c.qualifications(), learnerId, f),
        list(c.plannedWorkPlacements(), learnerId, f),
        f.apply(learnerId, c.support()));
  }

  static LearningLogEntryRecordedEvent entry(
      LearningLogEntryRecordedEvent e, BinaryOperator<String> f) {
    String id = e.learnerId();
    return new LearningLogEntryRecordedEvent(
        id,
        e.entryId(),
        e.writtenOn(),
        f.apply(id, e.whatILearned()),
        f.apply(id, e.howILearned()),
        f.apply(id, e.whatWentWell()),
        f.apply(id, e.whatWasDifficult()));
  }

  private static List<String> list(
      List<String> values, String learnerId, BinaryOperator<String> f) {
    return values == null ? null : values.stream().map(v -> f.apply(learnerId, v)).toList();
  }
}
