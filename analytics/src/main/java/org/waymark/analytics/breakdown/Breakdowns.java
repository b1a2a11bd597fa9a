package org.waymark.analytics.breakdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.waymark.analytics.equality.RateComparison;
import org.waymark.analytics.equality.Significance;
import org.waymark.api.query.Characteristic;

/**
 * Assembles a {@link Breakdown} from the figures of the total and of each group: applies the
 * small-number rule and compares each visible group's rates with the rest of the cohort.
 *
 * <p>Small numbers (CONTRACT.md "Definitions", "Small numbers", and "Scope and group membership";
 * the convention of the DfE statistics publications and the ONS disclosure-control guidance): a
 * group with fewer than 5 learners is suppressed; when exactly one group is suppressed, the next
 * smallest group is suppressed too (ties: the key that sorts first in natural string order), so the
 * hidden one cannot be derived from the total; the total row is suppressed when it has fewer than 5
 * learners.
 */
public final class Breakdowns {
  /** Groups and totals with fewer learners than this are suppressed. */
  public static final int MINIMUM_LEARNERS = 5;

  private Breakdowns() {}

  /**
   * A fresh map of group accumulators holding every key of the characteristic's fixed domain
   * ({@link GroupKeys#domain}), so that an empty group is listed (and, having fewer than 5
   * learners, suppressed) rather than left out: a reader then cannot tell an empty hidden group
   * from one with a learner, and hidden groups cannot be derived as "at least one each". Keys of
   * open characteristics (provider, year group) are added by the callers for every learner in
   * scope. Empty for {@code by == null}.
   */
  public static <T> Map<String, T> groupsFor(Characteristic by, Supplier<T> empty) {
    Map<String, T> groups = new HashMap<>();
    if (by != null) {
      GroupKeys.domain(by).forEach(k -> groups.put(k, empty.get()));
    }
    return groups;
  }

  /**
   * @param by the characteristic, or {@code null} for the total only ({@code groups} must then be
   *     empty)
   * @param total the figures of the whole cohort
   * @param groups the figures of each group by key; every group given is listed (see {@link
   *     #groupsFor})
   * @param suppress whether to apply the small-number rule ({@code suppress=false} is for roles
   *     other than governors)
   */
  public static <F extends GroupFigures> Breakdown<F> assemble(
      Characteristic by, F total, Map<String, F> groups, boolean suppress) {
    if (by == null && !groups.isEmpty()) {
      throw new IllegalArgumentException("groups without a characteristic to group by");
    }
    Set<String> hidden = suppress ? suppressedKeys(total, groups) : Set.of();
    boolean totalHidden = suppress && total.learners() < MINIMUM_LEARNERS;
    BreakdownRow<F> totalRow =
        totalHidden
            ? new BreakdownRow<>(GroupKeys.TOTAL, true, null, List.of())
            : new BreakdownRow<>(GroupKeys.TOTAL, false, total, List.of());
    List<String> keys = new ArrayList<>(groups.keySet());
    keys.sort(GroupKeys.displayOrder(by));
    List<BreakdownRow<F>> rows = new ArrayList<>(keys.size());
    for (String key : keys) {
      F figures = groups.get(key);
      if (hidden.contains(key)) {
        rows.add(new BreakdownRow<>(key, true, null, List.of()));
      } else {
        rows.add(new BreakdownRow<>(key, false, figures, compare(figures, total)));
      }
    }
    return new Breakdown<>(by, suppress, totalRow, rows);
  }

  /**
   * The keys hidden by the small-number rule: primary suppression below {@value MINIMUM_LEARNERS}
   * learners, then secondary suppression when exactly one group is hidden.
   */
  public static <F extends GroupFigures> Set<String> suppressedKeys(
      F total, Map<String, F> groups) {
    Set<String> hidden = new HashSet<>();
    if (total.learners() < MINIMUM_LEARNERS) {
      hidden.addAll(groups.keySet());
      return hidden;
    }
    groups.forEach(
        (key, f) -> {
          if (f.learners() < MINIMUM_LEARNERS) {
            hidden.add(key);
          }
        });
    if (hidden.size() == 1) {
      groups.entrySet().stream()
          .filter(e -> !hidden.contains(e.getKey()))
          .min(
              Comparator.<Map.Entry<String, F>>comparingInt(e -> e.getValue().learners())
                  .thenComparing(Map.Entry::getKey))
          .ifPresent(e -> hidden.add(e.getKey()));
    }
    return hidden;
  }

  private static <F extends GroupFigures> List<RateComparison> compare(F group, F total) {
    List<Proportion> mine = group.proportions();
    List<Proportion> all = total.proportions();
    if (mine.size() != all.size()) {
      throw new IllegalArgumentException("group and total disagree on their rates");
    }
    List<RateComparison> out = new ArrayList<>(mine.size());
    for (int i = 0; i < mine.size(); i++) {
      Proportion g = mine.get(i);
      Proportion t = all.get(i);
      out.add(
          Significance.compare(
              g.name(),
              g.numerator(),
              g.denominator(),
              t.numerator() - g.numerator(),
              t.denominator() - g.denominator()));
    }
    return out;
  }
}
