package org.waymark.analytics.attendance;

import java.util.List;
import org.waymark.analytics.breakdown.GroupFigures;
import org.waymark.analytics.breakdown.Proportion;

/**
 * Attendance of a group of learners over a period: one row of {@code GET
 * /api/v1/indicators/attendance} (CONTRACT.md "Queries"), computed as CONTRACT.md "Definitions"
 * says, which is the DfE "Pupil absence in schools in England" methodology: overall absence rate =
 * Σabsence / Σpossible × 100; persistent (severe) absence rate = persistent (severe) absentees /
 * learners with possible &gt; 0 × 100.
 *
 * @param learners learners with possible &gt; 0 in the period (the "enrolments" of the DfE tables)
 * @param possible Σ possible sessions
 * @param present Σ present sessions
 * @param approved Σ approved educational activity sessions
 * @param authorised Σ authorised absence sessions
 * @param unauthorised Σ unauthorised absence sessions
 * @param absenceRate (authorised + unauthorised) / possible × 100; null when possible is 0
 * @param authorisedRate authorised / possible × 100; null when possible is 0
 * @param unauthorisedRate unauthorised / possible × 100; null when possible is 0
 * @param persistentAbsentees learners whose absence is at least 10% of their possible sessions
 * @param persistentAbsenceRate persistentAbsentees / learners × 100; null when learners is 0
 * @param severeAbsentees learners whose absence is at least 50% of their possible sessions
 * @param severeAbsenceRate severeAbsentees / learners × 100; null when learners is 0
 * @param late Σ late sessions ({@code L} + {@code U})
 */
public record AttendanceFigures(
    int learners,
    long possible,
    long present,
    long approved,
    long authorised,
    long unauthorised,
    Double absenceRate,
    Double authorisedRate,
    Double unauthorisedRate,
    int persistentAbsentees,
    Double persistentAbsenceRate,
    int severeAbsentees,
    Double severeAbsenceRate,
    long late)
    implements GroupFigures {

  /** Σ absence sessions: authorised + unauthorised. */
  public long absence() {
    return authorised + unauthorised;
  }

  /**
   * {@code absenceRate}, {@code authorisedRate}, {@code unauthorisedRate}, {@code
   * persistentAbsenceRate}, {@code severeAbsenceRate}, in that order.
   */
  @Override
  public List<Proportion> proportions() {
    return List.of(
        new Proportion("absenceRate", absence(), possible),
        new Proportion("authorisedRate", authorised, possible),
        new Proportion("unauthorisedRate", unauthorised, possible),
        new Proportion("persistentAbsenceRate", persistentAbsentees, learners),
        new Proportion("severeAbsenceRate", severeAbsentees, learners));
  }
}
