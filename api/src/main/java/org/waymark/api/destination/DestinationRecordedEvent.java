package org.waymark.api.destination;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Where a learner was on {@code knownOn}: education, employment, training or NEET. */
@Revision("1")
public record DestinationRecordedEvent(
    String learnerId, LocalDate knownOn, DestinationType destination, String detail) {}
