package org.waymark.api.qa;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the pre-visit check of seed 002: the provider's registration status (from Get Information
 * about Schools) and, for registered provision, its DfE number, the date and outcome of its last
 * Ofsted inspection and the areas for improvement that inspection named.
 *
 * @param areasForImprovement the inspection's areas for improvement and actions taken, in order;
 *     empty when none
 */
public record RecordPreVisitCheckCommand(
    String visitId,
    boolean registered,
    String dfeNumber,
    String lastOfstedOutcome,
    LocalDate lastOfstedOn,
    List<String> areasForImprovement) {
  /** The event-store key (identifiers are unique across aggregate types). */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return QaIds.visit(visitId);
  }
}
