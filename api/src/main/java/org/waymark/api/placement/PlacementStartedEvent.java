package org.waymark.api.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A learner was placed with a provider (alternative provision). @param endOn null while open-ended
 */
@Revision("1")
public record PlacementStartedEvent(
    String placementId,
    String learnerId,
    String providerId,
    LocalDate startOn,
    LocalDate endOn,
    BigDecimal hoursPerWeek,
    boolean soleProvider) {}
