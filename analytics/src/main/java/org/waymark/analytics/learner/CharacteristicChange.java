package org.waymark.analytics.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.waymark.api.query.Characteristic;

/**
 * A dated change of one characteristic, with the value written as in the learners dataset of
 * CONTRACT.md ({@code F}, {@code BAFR}, {@code K}, {@code Y}, a provider id, a year group...).
 *
 * @param effectiveOn the date from which the new value holds
 * @param characteristic which characteristic changed
 * @param value the new value as a CSV code; {@code null} only for a year group no longer recorded
 */
public record CharacteristicChange(
    LocalDate effectiveOn, Characteristic characteristic, String value) {
  public CharacteristicChange {
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    Objects.requireNonNull(characteristic, "characteristic");
  }
}
