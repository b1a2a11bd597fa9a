package org.waymark.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.axonframework.eventhandling.EventMessage;
import org.waymark.api.event.EventMetadata;
import org.waymark.query.config.EventFacts;

/**
 * What a projector needs to know of an event besides its payload.
 *
 * @param position the event store's global index (stamped by the publisher); the version every
 *     write is made with, so replays and re-deliveries change nothing
 * @param recordedAt when the event was stored: the instant {@code asAt} queries compare with
 * @param recordedBy who recorded it
 * @param source where it came from ({@code api}, {@code import:<dataset>:<id>}, …)
 * @param effectiveDate the date the fact takes effect, when the command gave one
 * @param type the payload's simple class name
 */
public record EventContext(
    long position,
    Instant recordedAt,
    String recordedBy,
    String source,
    LocalDate effectiveDate,
    String type) {

  public static EventContext of(EventMessage<?> message) {
    long position =
        EventFacts.position(message)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "event "
                            + message.getIdentifier()
                            + " has no position: it did not come through the Waymark publisher"));
    String effective = EventFacts.text(message, EventMetadata.EFFECTIVE_DATE);
    LocalDate effectiveDate = null;
    if (effective != null && !effective.isBlank()) {
      try {
        effectiveDate = LocalDate.parse(effective.strip());
      } catch (DateTimeParseException e) {
        effectiveDate = null;
      }
    }
    return new EventContext(
        position,
        message.getTimestamp(),
        EventFacts.recordedBy(message),
        EventFacts.text(message, EventMetadata.SOURCE),
        effectiveDate,
        message.getPayloadType().getSimpleName());
  }
}
