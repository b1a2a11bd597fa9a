package org.waymark.analytics.breakdown;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.waymark.api.query.Characteristic;

/**
 * An indicator broken down by a characteristic (CONTRACT.md "Queries": {@code {total, groups}}).
 *
 * @param by the characteristic, or {@code null} when only the total was asked for
 * @param suppressed whether the small-number rule was applied
 * @param total the {@code total} row
 * @param groups the group rows in display order ({@link GroupKeys#displayOrder}); empty without
 *     {@code by}
 */
public record Breakdown<F extends GroupFigures>(
    Characteristic by, boolean suppressed, BreakdownRow<F> total, List<BreakdownRow<F>> groups) {
  public Breakdown {
    Objects.requireNonNull(total, "total");
    groups = List.copyOf(groups);
  }

  /** The row of a group key, if the breakdown has one. */
  public Optional<BreakdownRow<F>> group(String key) {
    return groups.stream().filter(r -> r.group().equals(key)).findFirst();
  }
}
