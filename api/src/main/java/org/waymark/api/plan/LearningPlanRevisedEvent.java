package org.waymark.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An agreed learning plan was revised: the whole plan as it stands from {@code revisedOn} (the
 * previous version is the plan agreed or last revised before), and the reason.
 */
@Revision("1")
public record LearningPlanRevisedEvent(
    String learnerId,
    LocalDate revisedOn,
    String progressionAspiration,
    List<String> longTermTargets,
    List<String> qualifications,
    List<String> plannedWorkPlacements,
    String support,
    String reason) {}
