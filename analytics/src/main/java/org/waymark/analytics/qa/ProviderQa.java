package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's QA position at a date: the answer of {@code GET /api/v1/qa/providers/{id}?at=DATE}
 * (CONTRACT.md "Queries").
 *
 * @param providerId the provider
 * @param registered whether it is registered
 * @param latestVisit the id of the visit with the greatest {@code visit_on} on or before {@code
 *     at}, null when none
 * @param latestVisitOn its date
 * @param suitable every essential criterion FULLY_MET at the latest visit (an unjudged essential
 *     criterion, or no visit at all, makes it unsuitable)
 * @param themes every theme of the catalogue with its counts at the latest visit
 * @param mustRegister whether the provider must register at {@code at}
 * @param breaches placements breaching the 10-hour limit for unregistered provision
 * @param registration the registration figures behind {@code mustRegister} and {@code breaches}
 */
public record ProviderQa(
    String providerId,
    boolean registered,
    String latestVisit,
    LocalDate latestVisitOn,
    boolean suitable,
    List<ThemeResult> themes,
    boolean mustRegister,
    List<String> breaches,
    RegistrationCheck registration) {
  public ProviderQa {
    themes = List.copyOf(themes);
    breaches = List.copyOf(breaches);
  }
}
