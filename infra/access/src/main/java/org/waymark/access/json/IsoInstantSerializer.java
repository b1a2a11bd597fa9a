package org.waymark.access.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's {@link InstantSerializer} with {@link IsoInstant}'s formatting when an instant is
 * written as text in the default ISO format (the same characters, without a formatter per instant).
 * Timestamps, and a property's own {@code JsonFormat} pattern, are Jackson's own.
 */
public final class IsoInstantSerializer extends InstantSerializer {
  private static final long serialVersionUID = 1L;

  public IsoInstantSerializer() {
    super();
  }

  private IsoInstantSerializer(
      InstantSerializer base,
      Boolean useTimestamp,
      DateTimeFormatter formatter,
      JsonFormat.Shape shape) {
    super(base, useTimestamp, formatter, shape);
  }

  private IsoInstantSerializer(
      InstantSerializer base,
      Boolean useTimestamp,
      Boolean useNanoseconds,
      DateTimeFormatter formatter) {
    super(base, useTimestamp, useNanoseconds, formatter);
  }

  // Jackson derives a configured copy for each property or setting: keep it this class.

  @Override
  protected InstantSerializer withFormat(
      Boolean useTimestamp, DateTimeFormatter formatter, JsonFormat.Shape shape) {
    return new IsoInstantSerializer(this, useTimestamp, formatter, shape);
  }

  @Override
  protected InstantSerializer withFeatures(Boolean writeZoneId, Boolean writeNanoseconds) {
    return new IsoInstantSerializer(this, _useTimestamp, writeNanoseconds, _formatter);
  }

  @Override
  protected String formatValue(Instant value, SerializerProvider provider) {
    // No pattern of the property's own: ISO_INSTANT, which prints the instant in UTC whatever
    // zone the mapper or the formatter is given.
    return _formatter == null ? IsoInstant.format(value) : super.formatValue(value, provider);
  }
}
