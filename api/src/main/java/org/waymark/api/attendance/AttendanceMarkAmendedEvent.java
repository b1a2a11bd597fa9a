package org.waymark.api.attendance;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A register mark was corrected: the old and new code and why (who and when are in the metadata).
 */
@Revision("1")
public record AttendanceMarkAmendedEvent(
    String learnerId,
    LocalDate date,
    Session session,
    String oldCode,
    String newCode,
    String reason) {}
