package org.waymark.api.attendance;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A batch of a learner's register marks was recorded: one event per learner per batch, not per
 * mark, for volume.
 */
@Revision("1")
public record AttendanceMarksRecordedEvent(String learnerId, List<AttendanceMark> marks) {}
