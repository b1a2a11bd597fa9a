package org.waymark.api.attendance;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a batch of one learner's register marks: new marks are recorded together, identical ones
 * ignored, changed ones amended.
 */
public record RecordAttendanceMarksCommand(String learnerId, List<AttendanceMark> marks) {
  /** Register aggregates are keyed apart from the learner's own (ids are unique across types). */
  @TargetAggregateIdentifier
  public String registerId() {
    return AttendanceRegisterIds.of(learnerId);
  }
}
