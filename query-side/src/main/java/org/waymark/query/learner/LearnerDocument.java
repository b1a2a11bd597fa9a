package org.waymark.query.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waymark.analytics.learner.CharacteristicChange;
import org.waymark.analytics.learner.LearnerHistory;
import org.waymark.analytics.learner.LearnerProfile;
import org.waymark.api.learner.Ethnicity;
import org.waymark.api.learner.SendStatus;
import org.waymark.api.learner.Sex;
import org.waymark.api.query.Characteristic;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * A learner in the {@code learners} read model: the current values (as the API answers them), and
 * everything needed to answer for any instant and any date.
 *
 * <ul>
 *   <li>{@code versions}: the registration record (contract codes keyed by camelCase field) as
 *       recorded, then as corrected by each amendment. An amendment is a correction: as at an
 *       instant before it, the old value stood.
 *   <li>{@code changes}: dated characteristic changes and transfers, each with the instant it was
 *       recorded and the date it takes effect (CONTRACT.md: "characteristics … recorded with effect
 *       on or before {@code to}; the latest wins").
 *   <li>{@code leavings}: when the learner left, as recorded.
 * </ul>
 *
 * @param position the global index of the last event applied
 */
public record LearnerDocument(
    String learnerId,
    String providerId,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    String sex,
    String ethnicity,
    String ethnicGroup,
    String send,
    String disadvantaged,
    String lookedAfter,
    String eal,
    String yearGroup,
    LocalDate enrolledOn,
    LocalDate leftOn,
    Instant registeredAt,
    Instant firstRecordedAt,
    String recordedBy,
    long position,
    List<Version<Map<String, String>>> versions,
    List<RecordedChange> changes,
    List<RecordedLeaving> leavings)
    implements Positioned {

  public LearnerDocument {
    versions = versions == null ? List.of() : List.copyOf(versions);
    changes = changes == null ? List.of() : List.copyOf(changes);
    leavings = leavings == null ? List.of() : List.copyOf(leavings);
  }

  /**
   * A dated change of one characteristic (a transfer is a change of {@code provider}).
   *
   * @param characteristic the {@code by} parameter name ({@code sex}, {@code provider}, …)
   */
  public record RecordedChange(
      Instant recordedAt,
      long position,
      String recordedBy,
      LocalDate effectiveOn,
      String characteristic,
      String oldValue,
      String newValue) {}

  /** A recorded leaving. */
  public record RecordedLeaving(
      Instant recordedAt, long position, String recordedBy, LocalDate leftOn, String reason) {}

  /** The record values currently in force, with every dated change applied. */
  Map<String, String> currentValues() {
    Map<String, String> values =
        new LinkedHashMap<>(History.current(versions).orElse(Map.<String, String>of()));
    for (RecordedChange c : changes) {
      values.put(recordField(c.characteristic()), c.newValue());
    }
    return values;
  }

  /** This document with its flat fields recomputed from the history. */
  LearnerDocument withCurrentFields(long position) {
    Map<String, String> v = currentValues();
    String ethnicity = v.get("ethnicity");
    LocalDate left = leavings.isEmpty() ? null : leavings.get(leavings.size() - 1).leftOn();
    return new LearnerDocument(
        learnerId,
        v.get("providerId"),
        v.get("givenName"),
        v.get("familyName"),
        date(v.get("dateOfBirth")),
        v.get("sex"),
        ethnicity,
        ethnicity == null ? null : Ethnicity.fromCode(ethnicity).group().name(),
        v.get("send"),
        v.get("disadvantaged"),
        v.get("lookedAfter"),
        v.get("eal"),
        v.get("yearGroup"),
        date(v.get("enrolledOn")),
        left,
        registeredAt,
        firstRecordedAt,
        recordedBy,
        position,
        versions,
        changes,
        leavings);
  }

  /**
   * The learner as the event history stood at {@code asAt} ({@code null}: now), with the
   * characteristics in effect on {@code date}; empty when the learner was not yet recorded then.
   */
  public Optional<LearnerProfile> profileAt(Instant asAt, LocalDate date) {
    Optional<Map<String, String>> record = History.at(versions, asAt);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> v = record.get();
    LocalDate left = null;
    for (RecordedLeaving l : leavings) {
      if (asAt == null || !l.recordedAt().isAfter(asAt)) {
        left = l.leftOn();
      }
    }
    LearnerProfile registered =
        new LearnerProfile(
            learnerId,
            v.get("providerId"),
            Sex.valueOf(v.get("sex")),
            Ethnicity.fromCode(v.get("ethnicity")),
            SendStatus.valueOf(v.get("send")),
            "Y".equals(v.get("disadvantaged")),
            "Y".equals(v.get("lookedAfter")),
            "Y".equals(v.get("eal")),
            v.get("yearGroup"),
            LocalDate.parse(v.get("enrolledOn")),
            left);
    List<CharacteristicChange> dated = new ArrayList<>();
    changes.stream()
        .filter(c -> asAt == null || !c.recordedAt().isAfter(asAt))
        .sorted(Comparator.comparingLong(RecordedChange::position))
        .forEach(
            c ->
                Characteristic.fromParameter(c.characteristic())
                    .ifPresent(
                        ch ->
                            dated.add(
                                new CharacteristicChange(c.effectiveOn(), ch, c.newValue()))));
    return Optional.of(new LearnerHistory(registered, dated).asOf(date));
  }

  /** The record field a characteristic ({@code by} name) is kept in. */
  static String recordField(String characteristic) {
    return "provider".equals(characteristic) ? "providerId" : characteristic;
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
