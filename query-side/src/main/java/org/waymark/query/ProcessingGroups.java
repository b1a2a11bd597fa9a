package org.waymark.query;

import java.util.List;

/**
 * Every query-side processing group, each a tracking processor reading the Kafka topic on its own,
 * so a slow or failing read model holds up nobody else.
 */
public final class ProcessingGroups {
  /** Learners: current state, characteristics with their effective dates, and every version. */
  public static final String LEARNERS = "learners";

  /** Providers: kind and registration. */
  public static final String PROVIDERS = "providers";

  /** Attendance: one document per learner per month. */
  public static final String ATTENDANCE = "attendance";

  /** Assessments and wider-skills ratings. */
  public static final String PROGRESS = "progress";

  /** Targets and their outcomes. */
  public static final String TARGETS = "targets";

  /** Progress reviews. */
  public static final String REVIEWS = "reviews";

  /** Behaviour incidents and rewards. */
  public static final String BEHAVIOUR = "behaviour";

  /** Placements (and through them registration). */
  public static final String PLACEMENTS = "placements";

  /** QA visits, judgements and improvement plans. */
  public static final String QA = "qa";

  /** Self-reviews ("Find the Gaps" and the like). */
  public static final String SELF_REVIEWS = "self-reviews";

  /** The audit trail: one document per event. */
  public static final String AUDIT = "audit";

  public static final List<String> ALL =
      List.of(
          LEARNERS,
          PROVIDERS,
          ATTENDANCE,
          PROGRESS,
          TARGETS,
          REVIEWS,
          BEHAVIOUR,
          PLACEMENTS,
          QA,
          SELF_REVIEWS,
          AUDIT);

  private ProcessingGroups() {}
}
