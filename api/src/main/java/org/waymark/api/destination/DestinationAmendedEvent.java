package org.waymark.api.destination;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The destination recorded for {@code knownOn} was corrected: old and new, and the reason. */
@Revision("1")
public record DestinationAmendedEvent(
    String learnerId,
    LocalDate knownOn,
    DestinationType oldDestination,
    DestinationType newDestination,
    String oldDetail,
    String newDetail,
    String reason) {}
