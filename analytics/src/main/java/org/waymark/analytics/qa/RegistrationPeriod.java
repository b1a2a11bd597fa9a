package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.List;

/**
 * A stretch of days over which a provider's registration figures do not change.
 *
 * @param from the first day
 * @param to the last day (the end of the range asked for, at most)
 * @param fullTimeLearners concurrent full-time learners throughout
 * @param fullTimeLookedAfterOrEhc of whom looked after or with an EHC plan
 * @param mustRegister whether the provider had to register throughout
 * @param breaches the breaching placements throughout, ordered by placement id
 */
public record RegistrationPeriod(
    LocalDate from,
    LocalDate to,
    int fullTimeLearners,
    int fullTimeLookedAfterOrEhc,
    boolean mustRegister,
    List<String> breaches) {
  public RegistrationPeriod {
    breaches = List.copyOf(breaches);
  }
}
