package org.waymark.query.store;

import java.util.List;
import java.util.Optional;
import org.waymark.query.ProcessingGroups;

/**
 * Every read model of the query side, in one list so index bootstrap, rebuild and status cover them
 * all. A mapping change bumps the version here and ships a new mapping resource.
 */
public final class ReadModels {
  public static final ReadModel LEARNERS = new ReadModel("learners", 2, ProcessingGroups.LEARNERS);
  public static final ReadModel PROVIDERS =
      new ReadModel("providers", 1, ProcessingGroups.PROVIDERS);

  /**
   * Version 3: a nested entry per version of a day instead of per mark. Version 4: a nested entry
   * per interval of mark versions with running counts ({@code AttendanceLayer}), not kept in the
   * source, and the marks in a compact source form ({@code StoredMonth}). An index of an earlier
   * version cannot be read by this one's projector (or, before 3, answer), so it is replaced and
   * replayed.
   */
  public static final ReadModel ATTENDANCE =
      new ReadModel("attendance", 4, ProcessingGroups.ATTENDANCE, 4);

  public static final ReadModel ASSESSMENTS =
      new ReadModel("assessments", 1, ProcessingGroups.PROGRESS);
  public static final ReadModel WIDER_SKILLS =
      new ReadModel("wider-skills", 1, ProcessingGroups.PROGRESS);
  public static final ReadModel TARGETS = new ReadModel("targets", 1, ProcessingGroups.TARGETS);
  public static final ReadModel REVIEWS = new ReadModel("reviews", 1, ProcessingGroups.REVIEWS);
  public static final ReadModel BEHAVIOUR =
      new ReadModel("behaviour", 1, ProcessingGroups.BEHAVIOUR);
  public static final ReadModel PLACEMENTS =
      new ReadModel("placements", 1, ProcessingGroups.PLACEMENTS);
  public static final ReadModel QA_VISITS = new ReadModel("qa-visits", 1, ProcessingGroups.QA);
  public static final ReadModel IMPROVEMENT_PLANS =
      new ReadModel("improvement-plans", 1, ProcessingGroups.QA);
  public static final ReadModel SELF_REVIEWS =
      new ReadModel("self-reviews", 1, ProcessingGroups.SELF_REVIEWS);
  public static final ReadModel AUDIT = new ReadModel("audit", 1, ProcessingGroups.AUDIT);

  public static final List<ReadModel> ALL =
      List.of(
          LEARNERS,
          PROVIDERS,
          ATTENDANCE,
          ASSESSMENTS,
          WIDER_SKILLS,
          TARGETS,
          REVIEWS,
          BEHAVIOUR,
          PLACEMENTS,
          QA_VISITS,
          IMPROVEMENT_PLANS,
          SELF_REVIEWS,
          org.waymark.query.published.PublishedReadModel.MODEL,
          AUDIT);

  private ReadModels() {}

  public static Optional<ReadModel> named(String name) {
    return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public static List<ReadModel> ofGroup(String group) {
    return ALL.stream().filter(m -> m.group().equals(group)).toList();
  }
}
