package org.waymark.api.provider;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A provider's registration status changed with effect from a date. */
@Revision("1")
public record ProviderRegistrationChangedEvent(
    String providerId, boolean registered, String dfeNumber, LocalDate effectiveOn) {}
