package org.waymark.query.config;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventMessage;
import org.waymark.api.event.EventMetadata;

/**
 * Reads Waymark metadata from an event that came through Kafka, where the extension hands header
 * values over as UTF-8 bytes (and in-process delivery as strings).
 */
public final class EventFacts {
  private EventFacts() {}

  public static String text(EventMessage<?> message, String key) {
    Object v = message.getMetaData().get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return v.toString();
  }

  /** The event's global index in the event store, as stamped by the publisher. */
  public static OptionalLong position(EventMessage<?> message) {
    String v = text(message, EventMetadata.POSITION);
    if (v == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public static String recordedBy(EventMessage<?> message) {
    String v = text(message, EventMetadata.RECORDED_BY);
    return v == null ? "unknown" : v;
  }
}
