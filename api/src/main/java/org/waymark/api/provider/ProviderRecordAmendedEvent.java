package org.waymark.api.provider;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.waymark.api.event.FieldChange;

/** Recorded values of a provider were corrected (an amendment, not a dated change). */
@Revision("1")
public record ProviderRecordAmendedEvent(
    String providerId, List<FieldChange> changes, String reason) {}
