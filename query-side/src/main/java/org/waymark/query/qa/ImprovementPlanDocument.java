package org.waymark.query.qa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.query.store.Positioned;

/**
 * A provider improvement plan in the {@code improvement-plans} read model: the plan (flat,
 * searchable) and its actions, each with the instant it was added and closed and every progress
 * review, so what was open can be answered as the history stood at any instant.
 *
 * @param position the global index of the last event applied
 */
public record ImprovementPlanDocument(
    String planId,
    String providerId,
    String visitId,
    LocalDate openedOn,
    LocalDate closedOn,
    Instant closedAt,
    Instant firstRecordedAt,
    long position,
    List<Action> actions)
    implements Positioned {

  public ImprovementPlanDocument {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /**
   * One action of the plan.
   *
   * @param addedAt when it was recorded
   * @param reviews progress reviews in the order recorded
   * @param closedAt when its closure was recorded; null while open
   */
  public record Action(
      String actionId,
      Integer theme,
      String criterion,
      String area,
      String action,
      LocalDate byWhen,
      String personResponsible,
      Instant addedAt,
      List<Review> reviews,
      LocalDate closedOn,
      String outcome,
      Instant closedAt) {

    public Action {
      reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /**
     * Open on {@code date} as the history stood at {@code asAt} ({@code null}: now): added by then,
     * and not closed (as recorded by then) on or before {@code date}.
     */
    public boolean openAt(Instant asAt, LocalDate date) {
      if (asAt != null && addedAt.isAfter(asAt)) {
        return false;
      }
      boolean closedByThen = closedAt != null && (asAt == null || !closedAt.isAfter(asAt));
      return !(closedByThen && !closedOn.isAfter(date));
    }

    /** The latest progress review recorded by {@code asAt} ({@code null}: now). */
    public Optional<Review> lastReviewAt(Instant asAt) {
      Review last = null;
      for (Review r : reviews) {
        if (asAt == null || !r.recordedAt().isAfter(asAt)) {
          last = r;
        }
      }
      return Optional.ofNullable(last);
    }
  }

  /** A review of an action's progress. */
  public record Review(
      LocalDate reviewedOn,
      String progress,
      String status,
      Instant recordedAt,
      String recordedBy) {}
}
