package org.waymark.query.target;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.waymark.analytics.target.Target;
import org.waymark.analytics.target.TargetOutcomeRecord;
import org.waymark.api.target.TargetOutcome;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * One target in the {@code targets} read model, keyed by its {@code targetId}, with its outcomes
 * inside.
 *
 * <p>Both what the target says ({@code versions}: area, set and due dates, as set and as each
 * amendment corrected them) and each outcome ({@link RecordedOutcome}: one per outcome date, the
 * natural key of target_outcomes, each with its own versions) keep every version with when it was
 * recorded and superseded, so {@link #at} gives the target as the event history stood at any
 * instant. Free text (description, measure, notes) is not kept: no indicator uses it.
 *
 * <p>The flat fields are the current state, indexed for filtering: {@code currentDueOn} is the due
 * date after the latest carried-forward outcome; {@code finalOutcome} and {@code finalOutcomeOn}
 * are the final outcome, if any.
 *
 * @param firstRecordedAt when the target was first set: it does not exist at an earlier {@code
 *     asAt}
 * @param position the global index of the last event applied
 */
public record TargetDocument(
    String targetId,
    String learnerId,
    String area,
    LocalDate setOn,
    LocalDate dueOn,
    LocalDate currentDueOn,
    TargetOutcome finalOutcome,
    LocalDate finalOutcomeOn,
    Instant firstRecordedAt,
    long position,
    List<Version<Details>> versions,
    List<RecordedOutcome> outcomes)
    implements Positioned {

  public TargetDocument {
    versions = versions == null ? List.of() : List.copyOf(versions);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }

  /** What a target says that the indicators use, in one version. */
  public record Details(String area, LocalDate setOn, LocalDate dueOn, String longTermTargetId) {}

  /** The outcome recorded for the target on {@code date}, in every version. */
  public record RecordedOutcome(LocalDate date, List<Version<OutcomeState>> versions) {
    public RecordedOutcome {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** One version of an outcome. {@code newDueOn} is set for CARRIED_FORWARD only. */
  public record OutcomeState(TargetOutcome outcome, LocalDate newDueOn) {}

  /** A document for a newly set target, its flat fields worked out from the history. */
  static TargetDocument of(
      String targetId,
      String learnerId,
      Instant firstRecordedAt,
      long position,
      List<Version<Details>> versions,
      List<RecordedOutcome> outcomes) {
    Details d = History.current(versions).orElseThrow();
    LocalDate due = d.dueOn();
    TargetOutcome finalOutcome = null;
    LocalDate finalOn = null;
    List<RecordedOutcome> ordered = new ArrayList<>(outcomes);
    ordered.sort(Comparator.comparing(RecordedOutcome::date));
    for (RecordedOutcome o : ordered) {
      Optional<OutcomeState> s = History.current(o.versions());
      if (s.isEmpty()) {
        continue;
      }
      if (s.get().outcome() == TargetOutcome.CARRIED_FORWARD) {
        due = s.get().newDueOn();
      } else if (finalOutcome == null) {
        finalOutcome = s.get().outcome();
        finalOn = o.date();
      }
    }
    return new TargetDocument(
        targetId,
        learnerId,
        d.area(),
        d.setOn(),
        d.dueOn(),
        due,
        finalOutcome,
        finalOn,
        firstRecordedAt,
        position,
        versions,
        outcomes);
  }

  /**
   * The target with its outcomes as the event history stood at {@code asAt} ({@code null}: now);
   * empty when it was not yet set then. An outcome first recorded after {@code asAt} is left out;
   * an amended one counts as it stood.
   */
  public Optional<Target> at(Instant asAt) {
    Optional<Details> details = History.at(versions, asAt);
    if (details.isEmpty()) {
      return Optional.empty();
    }
    List<TargetOutcomeRecord> records = new ArrayList<>();
    for (RecordedOutcome o : outcomes) {
      History.at(o.versions(), asAt)
          .ifPresent(
              s -> records.add(new TargetOutcomeRecord(o.date(), s.outcome(), s.newDueOn())));
    }
    Details d = details.get();
    return Optional.of(new Target(targetId, learnerId, d.area(), d.setOn(), d.dueOn(), records));
  }
}
