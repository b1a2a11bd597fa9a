package org.waymark.api.plan;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A learner's individual learning plan was agreed: the progression aspiration, long-term targets,
 * qualifications worked towards, planned work placements or tasters, and the support the learner is
 * likely to need ({@code support} may be null; lists may be empty, never null).
 */
@Revision("1")
public record LearningPlanAgreedEvent(
    String learnerId,
    LocalDate agreedOn,
    String progressionAspiration,
    List<String> longTermTargets,
    List<String> qualifications,
    List<String> plannedWorkPlacements,
    String support) {}
