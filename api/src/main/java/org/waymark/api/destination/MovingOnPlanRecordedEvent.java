package org.waymark.api.destination;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A learner's moving-on plan was recorded (or recorded anew, superseding the earlier one). */
@Revision("1")
public record MovingOnPlanRecordedEvent(
    String learnerId,
    LocalDate agreedOn,
    DestinationType intendedDestination,
    String intendedDetail,
    String transitionSupport) {}
