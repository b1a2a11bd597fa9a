package org.waymark.analytics.qa;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A QA visit to a provider with the judgements made at it.
 *
 * @param visitId the visit
 * @param providerId the provider visited
 * @param visitOn the date of the visit
 * @param judgements the criteria judged, at most one judgement per criterion
 */
public record QaVisit(
    String visitId, String providerId, LocalDate visitOn, List<CriterionJudgement> judgements) {
  public QaVisit {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(visitOn, "visitOn");
    judgements = List.copyOf(judgements);
  }
}
