package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An action was added to a provider improvement plan. Stored class name frozen: evolve through a
 * new revision and an upcaster.
 */
@Revision("1")
public record ImprovementActionAddedEvent(
    String planId,
    String providerId,
    String actionId,
    Integer theme,
    String criterion,
    String area,
    String action,
    LocalDate byWhen,
    String personResponsible) {}
