package org.waymark.api.plan;

/**
 * The aggregate identifier of a learner's individual learning plan. A learner has one plan, but the
 * event store keys every aggregate's stream by its identifier alone, so the plan's stream is named
 * apart from the learner's own ({@code learning-plan:L-0001}).
 */
public final class LearningPlanId {
  public static final String PREFIX = "learning-plan:";

  private LearningPlanId() {}

  public static String of(String learnerId) {
    return PREFIX + learnerId;
  }
}
