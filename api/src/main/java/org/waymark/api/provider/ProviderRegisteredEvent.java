package org.waymark.api.provider;

import org.axonframework.serialization.Revision;

/** A provider was first recorded (CONTRACT.md providers dataset). */
@Revision("1")
public record ProviderRegisteredEvent(
    String providerId, String name, ProviderKind kind, boolean registered, String dfeNumber) {}
