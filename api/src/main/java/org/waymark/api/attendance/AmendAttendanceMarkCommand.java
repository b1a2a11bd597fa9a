package org.waymark.api.attendance;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects one register mark, with the reason. */
public record AmendAttendanceMarkCommand(
    String learnerId, LocalDate date, Session session, String code, String reason) {
  @TargetAggregateIdentifier
  public String registerId() {
    return AttendanceRegisterIds.of(learnerId);
  }
}
