package org.waymark.query.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * A provider in the {@code providers} read model: the current values (flat, searchable), and the
 * history needed to answer for any instant and any date.
 *
 * <ul>
 *   <li>{@code versions}: the provider's record (name, kind, DfE number) as first recorded, then as
 *       corrected by each amendment.
 *   <li>{@code registrations}: every registration fact in the order recorded. An entry without an
 *       effective date is the registration as first recorded or as corrected by an amendment: it
 *       holds from the start and replaces every dated change recorded before it (a correction says
 *       what the status was all along). An entry with an effective date is a change of status from
 *       that date ({@code ProviderRegistrationChangedEvent}).
 *   <li>{@code inspections}: Ofsted outcomes as recorded.
 * </ul>
 *
 * <p>CONTRACT.md "QA": {@code registered} is the registration in effect on {@code at} as the event
 * history stood at {@code asAt} — see {@link #registeredAt(Instant, LocalDate)}.
 *
 * @param registered the status of the registration entry with the latest effective date (what the
 *     provider is, or is to be, after its last recorded change)
 * @param position the global index of the last event applied
 */
public record ProviderDocument(
    String providerId,
    String name,
    String kind,
    boolean registered,
    String dfeNumber,
    LocalDate lastInspectedOn,
    String lastInspectionOutcome,
    Instant firstRecordedAt,
    long position,
    List<Version<ProviderRecord>> versions,
    List<RegistrationEntry> registrations,
    List<InspectionEntry> inspections)
    implements Positioned {

  public ProviderDocument {
    versions = versions == null ? List.of() : List.copyOf(versions);
    registrations = registrations == null ? List.of() : List.copyOf(registrations);
    inspections = inspections == null ? List.of() : List.copyOf(inspections);
  }

  /** The provider's record in one version. */
  public record ProviderRecord(String name, String kind, String dfeNumber) {}

  /**
   * One registration fact.
   *
   * @param effectiveOn the date the status takes effect; {@code null} for the status as first
   *     recorded or as corrected, which holds from the start
   */
  public record RegistrationEntry(
      Instant recordedAt,
      long position,
      String recordedBy,
      LocalDate effectiveOn,
      boolean registered) {}

  /** One recorded Ofsted inspection outcome. */
  public record InspectionEntry(
      Instant recordedAt,
      long position,
      LocalDate inspectedOn,
      String outcome,
      String areasForImprovement) {}

  /** The record as the history stood at {@code asAt} ({@code null}: now); empty before it. */
  public Optional<ProviderRecord> recordAt(Instant asAt) {
    return History.at(versions, asAt);
  }

  /** Whether the provider was recorded at all by {@code asAt} ({@code null}: now). */
  public boolean existsAt(Instant asAt) {
    return recordAt(asAt).isPresent();
  }

  /**
   * The registration in effect on {@code date} as recorded by {@code asAt} ({@code null}: now): the
   * dated change with the latest effective date on or before {@code date} (ties: the one recorded
   * last), recorded after the last correction; otherwise the corrected (or first) status. Empty
   * when the provider was not yet recorded at {@code asAt}.
   */
  public Optional<Boolean> registeredAt(Instant asAt, LocalDate date) {
    Boolean base = null;
    List<RegistrationEntry> dated = new ArrayList<>();
    List<RegistrationEntry> ordered = new ArrayList<>(registrations);
    ordered.sort(Comparator.comparingLong(RegistrationEntry::position));
    for (RegistrationEntry e : ordered) {
      if (asAt != null && e.recordedAt().isAfter(asAt)) {
        continue;
      }
      if (e.effectiveOn() == null) {
        base = e.registered();
        dated.clear();
      } else {
        dated.add(e);
      }
    }
    if (base == null) {
      return Optional.empty();
    }
    return Optional.of(
        dated.stream()
            .filter(e -> !e.effectiveOn().isAfter(date))
            .max(
                Comparator.comparing(RegistrationEntry::effectiveOn)
                    .thenComparingLong(RegistrationEntry::position))
            .map(RegistrationEntry::registered)
            .orElse(base));
  }

  /** The status after the last recorded change, whatever its date (the flat field). */
  static boolean latestStatus(List<RegistrationEntry> registrations) {
    Boolean base = null;
    RegistrationEntry latest = null;
    List<RegistrationEntry> ordered = new ArrayList<>(registrations);
    ordered.sort(Comparator.comparingLong(RegistrationEntry::position));
    for (RegistrationEntry e : ordered) {
      if (e.effectiveOn() == null) {
        base = e.registered();
        latest = null;
      } else if (latest == null || !e.effectiveOn().isBefore(latest.effectiveOn())) {
        latest = e;
      }
    }
    return latest != null ? latest.registered() : Boolean.TRUE.equals(base);
  }
}
