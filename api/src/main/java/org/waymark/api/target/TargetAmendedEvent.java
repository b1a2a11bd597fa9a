package org.waymark.api.target;

import org.axonframework.serialization.Revision;

/** A set target was changed: what it said before and what it says now, and why where given. */
@Revision("1")
public record TargetAmendedEvent(
    String targetId,
    String learnerId,
    TargetDetails previous,
    TargetDetails details,
    String reason) {}
