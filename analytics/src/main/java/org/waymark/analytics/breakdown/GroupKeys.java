package org.waymark.analytics.breakdown;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.EthnicGroup;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;

/**
 * The group key of a learner for a characteristic, exactly as CONTRACT.md "Scope and group
 * membership" ("Group keys") writes them: {@code sex} F/M; {@code ethnicity} the major group
 * (White, Mixed, Asian, Black, Chinese, Other, Unclassified); {@code send} N/K/E; {@code
 * disadvantaged}, {@code lookedAfter}, {@code eal} Y/N; {@code provider} the learner's own provider
 * id; {@code yearGroup} the year group as written.
 */
public final class GroupKeys {
  /** The key of the {@code total} row. */
  public static final String TOTAL = "total";

  /**
   * The year-group key of a learner whose year group is not recorded ({@code year_group} is
   * optional in the learners dataset). Not in CONTRACT.md, which is silent on missing year groups;
   * without a key such learners would make the groups not sum to the total.
   */
  public static final String NOT_RECORDED = "Not recorded";

  private GroupKeys() {}

  /** The key of {@code learner}'s group when a breakdown is taken {@code by} a characteristic. */
  public static String of(Characteristic by, LearnerProfile learner) {
    return switch (by) {
      case SEX -> learner.sex().name();
      case ETHNICITY -> learner.ethnicity().group().name();
      case SEND -> learner.send().name();
      case DISADVANTAGED -> yesNo(learner.disadvantaged());
      case LOOKED_AFTER -> yesNo(learner.lookedAfter());
      case EAL -> yesNo(learner.eal());
      case PROVIDER -> learner.providerId();
      case YEAR_GROUP -> learner.yearGroup() == null ? NOT_RECORDED : learner.yearGroup();
    };
  }

  /**
   * Every possible key of a characteristic with a fixed domain, in reporting order; empty for the
   * open ones ({@code provider}, {@code yearGroup}).
   */
  public static List<String> domain(Characteristic by) {
    return switch (by) {
      case SEX -> Arrays.stream(Sex.values()).map(Enum::name).toList();
      case ETHNICITY -> Arrays.stream(EthnicGroup.values()).map(Enum::name).toList();
      case SEND -> Arrays.stream(SendStatus.values()).map(Enum::name).toList();
      case DISADVANTAGED, LOOKED_AFTER, EAL -> List.of("Y", "N");
      case PROVIDER, YEAR_GROUP -> List.of();
    };
  }

  /**
   * The order in which groups are listed: the domain order for fixed domains (White before Mixed, N
   * before K before E, Y before N); otherwise numbers in numeric order ("7" before "10"), then
   * other keys in natural order, {@link #NOT_RECORDED} last.
   */
  public static Comparator<String> displayOrder(Characteristic by) {
    List<String> domain = by == null ? List.of() : domain(by);
    if (domain.isEmpty()) {
      return Comparator.comparing((String k) -> k.equals(NOT_RECORDED))
          .thenComparing(k -> !isNumber(k))
          .thenComparing(
              (a, b) ->
                  isNumber(a) && isNumber(b)
                      ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
                      : 0)
          .thenComparing(Comparator.naturalOrder());
    }
    return Comparator.<String>comparingInt(
            k -> domain.indexOf(k) < 0 ? Integer.MAX_VALUE : domain.indexOf(k))
        .thenComparing(Comparator.naturalOrder());
  }

  private static boolean isNumber(String k) {
    return !k.isEmpty() && k.length() < 10 && k.chars().allMatch(Character::isDigit);
  }

  private static String yesNo(boolean b) {
    return b ? "Y" : "N";
  }
}
