package org.waymark.api.event;

/**
 * Metadata keys Waymark events carry. Values are always strings: Kafka headers carry them as UTF-8
 * bytes and read models decode them as such.
 */
public final class EventMetadata {
  /** Who recorded the fact (a username, or {@code anonymous} before authentication exists). */
  public static final String RECORDED_BY = "recordedBy";

  /** Where the fact came from: {@code api} or {@code import:<importId>}. */
  public static final String SOURCE = "source";

  /** The date the fact takes effect, where it differs from the date it was recorded. */
  public static final String EFFECTIVE_DATE = "effectiveDate";

  /**
   * The event's global index in the event store, stamped by the Kafka publisher (decimal string) so
   * read models can say how far they have caught up in the store's own terms.
   */
  public static final String POSITION = "position";

  /** The Kafka topic all domain events are published to, unless configured otherwise. */
  public static final String DEFAULT_TOPIC = "waymark-events";

  private EventMetadata() {}
}
