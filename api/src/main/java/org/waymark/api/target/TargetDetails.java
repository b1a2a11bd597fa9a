package org.waymark.api.target;

import java.time.LocalDate;

/** What a target says, as amended: everything but its id and learner. */
public record TargetDetails(
    String area,
    String description,
    String measure,
    LocalDate setOn,
    LocalDate dueOn,
    String longTermTargetId) {}
