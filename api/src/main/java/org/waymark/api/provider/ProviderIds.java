package org.waymark.api.provider;

/** Event-store key of a provider: aggregate identifiers must be unique across types. */
public final class ProviderIds {
  private ProviderIds() {}

  public static String of(String providerId) {
    return "provider:" + providerId;
  }
}
