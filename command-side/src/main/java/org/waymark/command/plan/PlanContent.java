package org.waymark.command.plan;

import java.util.List;

/** What an agreed plan says, compared as a whole to tell a real revision from a repeat. */
record PlanContent(
    String progressionAspiration,
    List<String> longTermTargets,
    List<String> qualifications,
    List<String> plannedWorkPlacements,
    String support) {}
