package org.waymark.analytics.learner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;

/**
 * A learner as registered plus the dated changes of their characteristics since, so that a figure
 * "as of {@code to}" uses the characteristics in effect then.
 *
 * @param registered the profile as registered (in effect from {@code enrolledOn})
 * @param changes later changes in the order they were recorded
 */
public record LearnerHistory(LearnerProfile registered, List<CharacteristicChange> changes) {

  public LearnerHistory {
    Objects.requireNonNull(registered, "registered");
    changes = List.copyOf(changes);
  }

  /**
   * The characteristics in effect on {@code date} (CONTRACT.md "Scope and group membership": "those
   * recorded with effect on or before {@code to}; the latest wins"). Changes effective on the same
   * day apply in the order they were recorded.
   *
   * @throws IllegalArgumentException naming the value when a change carries an invalid code
   */
  public LearnerProfile asOf(LocalDate date) {
    LearnerProfile p = registered;
    List<CharacteristicChange> effective =
        changes.stream()
            .filter(c -> !c.effectiveOn().isAfter(date))
            .sorted(Comparator.comparing(CharacteristicChange::effectiveOn))
            .toList();
    for (CharacteristicChange c : effective) {
      p = apply(p, c);
    }
    return p;
  }

  private static LearnerProfile apply(LearnerProfile p, CharacteristicChange c) {
    String v = c.value();
    return switch (c.characteristic()) {
      case SEX ->
          with(
              p,
              parseSex(v),
              p.ethnicity(),
              p.send(),
              p.disadvantaged(),
              p.lookedAfter(),
              p.eal(),
              p.providerId(),
              p.yearGroup());
      case ETHNICITY ->
          with(
              p,
              p.sex(),
              Ethnicity.fromCode(v),
              p.send(),
              p.disadvantaged(),
              p.lookedAfter(),
              p.eal(),
              p.providerId(),
              p.yearGroup());
      case SEND ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              parseSend(v),
              p.disadvantaged(),
              p.lookedAfter(),
              p.eal(),
              p.providerId(),
              p.yearGroup());
      case DISADVANTAGED ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              p.send(),
              parseYesNo(c),
              p.lookedAfter(),
              p.eal(),
              p.providerId(),
              p.yearGroup());
      case LOOKED_AFTER ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              p.send(),
              p.disadvantaged(),
              parseYesNo(c),
              p.eal(),
              p.providerId(),
              p.yearGroup());
      case EAL ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              p.send(),
              p.disadvantaged(),
              p.lookedAfter(),
              parseYesNo(c),
              p.providerId(),
              p.yearGroup());
      case PROVIDER ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              p.send(),
              p.disadvantaged(),
              p.lookedAfter(),
              p.eal(),
              Objects.requireNonNull(v, "provider value"),
              p.yearGroup());
      case YEAR_GROUP ->
          with(
              p,
              p.sex(),
              p.ethnicity(),
              p.send(),
              p.disadvantaged(),
              p.lookedAfter(),
              p.eal(),
              p.providerId(),
              v);
    };
  }

  private static LearnerProfile with(
      LearnerProfile p,
      Sex sex,
      Ethnicity ethnicity,
      SendStatus send,
      boolean disadvantaged,
      boolean lookedAfter,
      boolean eal,
      String providerId,
      String yearGroup) {
    return new LearnerProfile(
        p.learnerId(),
        providerId,
        sex,
        ethnicity,
        send,
        disadvantaged,
        lookedAfter,
        eal,
        yearGroup,
        p.enrolledOn(),
        p.leftOn());
  }

  private static Sex parseSex(String v) {
    try {
      return Sex.valueOf(Objects.requireNonNull(v, "sex value"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown sex code '" + v + "' (expected F or M)", e);
    }
  }

  private static SendStatus parseSend(String v) {
    try {
      return SendStatus.valueOf(Objects.requireNonNull(v, "send value"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown send code '" + v + "' (expected N, K or E)", e);
    }
  }

  private static boolean parseYesNo(CharacteristicChange c) {
    if ("Y".equals(c.value())) {
      return true;
    }
    if ("N".equals(c.value())) {
      return false;
    }
    throw new IllegalArgumentException(
        c.characteristic().parameter() + " must be Y or N, was '" + c.value() + "'");
  }
}
