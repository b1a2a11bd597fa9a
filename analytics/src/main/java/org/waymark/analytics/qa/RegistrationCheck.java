package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a provider must register as an independent school at a date, and which placements breach
 * the limit for unregistered provision (CONTRACT.md "Definitions", "QA"; seed 002).
 *
 * @param providerId the provider
 * @param at the date
 * @param registered whether the provider is registered
 * @param fullTimeLearners distinct learners with an active full-time placement at the provider
 * @param fullTimeLookedAfterOrEhc those of them who are looked after or have an EHC plan at {@code
 *     at}
 * @param mustRegister unregistered and (fullTimeLearners ≥ 5 or fullTimeLookedAfterOrEhc ≥ 1)
 * @param breaches for an unregistered provider, its active placements of more than 10 hours per
 *     week, ordered by placement id
 */
public record RegistrationCheck(
    String providerId,
    LocalDate at,
    boolean registered,
    int fullTimeLearners,
    int fullTimeLookedAfterOrEhc,
    boolean mustRegister,
    List<String> breaches) {
  public RegistrationCheck {
    breaches = List.copyOf(breaches);
  }
}
