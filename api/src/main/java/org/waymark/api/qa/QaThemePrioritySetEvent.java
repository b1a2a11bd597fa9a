package org.waymark.api.qa;

import org.axonframework.serialization.Revision;

/**
 * A theme's key priorities for improvement were recorded at a visit; the latest stands. Stored
 * class name frozen: evolve through a new revision and an upcaster.
 */
@Revision("1")
public record QaThemePrioritySetEvent(
    String visitId, String providerId, int theme, String priorities) {}
