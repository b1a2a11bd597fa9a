package org.waymark.api.qa;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedules a QA visit to a provider; repeated for a visit already scheduled it changes nothing
 * when identical, or reschedules it when the date or visitors differ (the qa_judgements import
 * sends it for every row).
 *
 * @param visitors who undertakes the visit (organisation, role, names), or null: null keeps what
 *     was recorded
 */
public record ScheduleQaVisitCommand(
    String visitId, String providerId, LocalDate visitOn, String visitors) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.visit(visitId);
  }
}
