package org.waymark.query.qa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waymark.analytics.qa.CriterionJudgement;
import org.waymark.analytics.qa.QaVisit;
import org.waymark.api.qa.QaJudgement;
import org.waymark.query.store.History;
import org.waymark.query.store.Positioned;
import org.waymark.query.store.Version;

/**
 * A QA visit in the {@code qa-visits} read model: its current date and completion (flat,
 * searchable), and the history behind {@code asAt}:
 *
 * <ul>
 *   <li>{@code schedule}: the visit date (and visitors) as scheduled, then as rescheduled;
 *   <li>{@code judgements}: per criterion, the judgement as first made and as amended, each version
 *       with when it was recorded and superseded (CONTRACT.md: "an amended mark counts with its old
 *       code before the amendment" — so does an amended judgement);
 *   <li>{@code priorities}, {@code preVisitChecks}: the latest stands, earlier ones kept.
 * </ul>
 *
 * Evidence, comments and visitors are stored in objects Elasticsearch does not index.
 *
 * @param position the global index of the last event applied
 */
public record QaVisitDocument(
    String visitId,
    String providerId,
    LocalDate visitOn,
    LocalDate completedOn,
    Instant completedAt,
    Instant firstRecordedAt,
    long position,
    List<Version<Schedule>> schedule,
    List<CriterionHistory> judgements,
    List<ThemePriority> priorities,
    List<Version<PreVisitCheck>> preVisitChecks)
    implements Positioned {

  public QaVisitDocument {
    schedule = schedule == null ? List.of() : List.copyOf(schedule);
    judgements = judgements == null ? List.of() : List.copyOf(judgements);
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
    preVisitChecks = preVisitChecks == null ? List.of() : List.copyOf(preVisitChecks);
  }

  /** When the visit is, and who visits, in one version. */
  public record Schedule(LocalDate visitOn, String visitors) {}

  /** One criterion's judgements at this visit, oldest first. */
  public record CriterionHistory(int theme, String criterion, List<Version<Judged>> versions) {
    public CriterionHistory {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** A criterion's judgement in one version. */
  public record Judged(QaJudgement judgement, String evidence, String comments) {}

  /** A theme's key priorities for improvement, every version kept. */
  public record ThemePriority(int theme, List<Version<String>> versions) {
    public ThemePriority {
      versions = versions == null ? List.of() : List.copyOf(versions);
    }
  }

  /** The pre-visit check as recorded (a later one replaces it). */
  public record PreVisitCheck(
      boolean registered,
      String dfeNumber,
      String lastOfstedOutcome,
      LocalDate lastOfstedOn,
      List<String> areasForImprovement) {}

  /**
   * The visit as the history stood at {@code asAt} ({@code null}: now) — its date then and every
   * criterion judged by then with the judgement in force then — in the shape the QA indicators
   * take; empty when it was not yet scheduled.
   */
  public Optional<QaVisit> visitAt(Instant asAt) {
    Optional<Schedule> s = History.at(schedule, asAt);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<CriterionJudgement> judged = new ArrayList<>();
    for (CriterionHistory c : judgements) {
      History.at(c.versions(), asAt)
          .ifPresent(
              j -> judged.add(new CriterionJudgement(c.theme(), c.criterion(), j.judgement())));
    }
    return Optional.of(new QaVisit(visitId, providerId, s.get().visitOn(), judged));
  }

  /** This document with new history and its flat fields derived from it. */
  QaVisitDocument with(
      long position,
      List<Version<Schedule>> schedule,
      List<CriterionHistory> judgements,
      List<ThemePriority> priorities,
      List<Version<PreVisitCheck>> preVisitChecks,
      LocalDate completedOn,
      Instant completedAt) {
    return new QaVisitDocument(
        visitId,
        providerId,
        History.current(schedule).map(Schedule::visitOn).orElse(visitOn),
        completedOn,
        completedAt,
        firstRecordedAt,
        position,
        schedule,
        judgements,
        priorities,
        preVisitChecks);
  }
}
