package org.waymark.api.target;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets a SMART target for a learner, or amends one already set under the same id.
 *
 * @param measure how achievement will be measured, or null
 * @param longTermTargetId the long-term target (individual learning plan) this one serves, or null
 * @param contractColumnsOnly true when the record comes from the targets dataset, which has no
 *     measure or long-term target: then those keep their recorded values
 * @param reason why a set target is being changed, or null
 */
public record SetTargetCommand(
    String targetId,
    String learnerId,
    String area,
    String description,
    String measure,
    LocalDate setOn,
    LocalDate dueOn,
    String longTermTargetId,
    boolean contractColumnsOnly,
    String reason) {

  /** The event-store key, apart from other aggregate types' ids. */
  @TargetAggregateIdentifier
  public String aggregateId() {
    return TargetIds.of(targetId);
  }
}
