package org.waymark.query.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.analytics.qa.Placement;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * A placement in the {@code placements} read model: its current values (flat, searchable) and every
 * version of it — as started, as amended (hours, end date, sole provider…), as ended — each with
 * when it was recorded and superseded, so the registration figures of CONTRACT.md "QA" can be
 * answered as the history stood at any instant.
 *
 * @param position the global index of the last event applied
 */
public record PlacementDocument(
    String placementId,
    String learnerId,
    String providerId,
    LocalDate startOn,
    LocalDate endOn,
    double hoursPerWeek,
    boolean soleProvider,
    Instant firstRecordedAt,
    long position,
    List<Version<PlacementState>> versions)
    implements Positioned {

  public PlacementDocument {
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /** What a placement says in one version. */
  public record PlacementState(
      String learnerId,
      String providerId,
      LocalDate startOn,
      LocalDate endOn,
      BigDecimal hoursPerWeek,
      boolean soleProvider) {

    Placement toPlacement(String placementId) {
      return new Placement(
          placementId,
          learnerId,
          providerId,
          startOn,
          endOn,
          hoursPerWeek.doubleValue(),
          soleProvider);
    }
  }

  /**
   * The placement as the history stood at {@code asAt} ({@code null}: now), in the shape the QA
   * indicators take; empty when it was not yet recorded then.
   */
  public Optional<Placement> placementAt(Instant asAt) {
    return History.at(versions, asAt).map(s -> s.toPlacement(placementId));
  }

  /** This document's flat fields from its current version. */
  static PlacementDocument of(
      String placementId,
      Instant firstRecordedAt,
      long position,
      List<Version<PlacementState>> versions) {
    PlacementState s = History.current(versions).orElseThrow();
    return new PlacementDocument(
        placementId,
        s.learnerId(),
        s.providerId(),
        s.startOn(),
        s.endOn(),
        s.hoursPerWeek().doubleValue(),
        s.soleProvider(),
        firstRecordedAt,
        position,
        versions);
  }
}
