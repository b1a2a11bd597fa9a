package org.waymark.access.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's {@link LocalDateDeserializer} with {@link IsoDate}'s fast path for a JSON string that
 * is exactly {@code YYYY-MM-DD} under the default ISO format; every other token or form (arrays,
 * timestamps, a {@code JsonFormat} pattern, bad dates and their errors) is Jackson's own. Every
 * event's dates pass through here when the event store or Kafka is read: an attendance event
 * carries hundreds.
 */
public final class IsoLocalDateDeserializer extends LocalDateDeserializer {
  private static final long serialVersionUID = 1L;

  public IsoLocalDateDeserializer() {
    super();
  }

  private IsoLocalDateDeserializer(LocalDateDeserializer base, DateTimeFormatter formatter) {
    super(base, formatter);
  }

  private IsoLocalDateDeserializer(LocalDateDeserializer base, Boolean leniency) {
    super(base, leniency);
  }

  private IsoLocalDateDeserializer(LocalDateDeserializer base, JsonFormat.Shape shape) {
    super(base, shape);
  }

  private IsoLocalDateDeserializer(
      LocalDateDeserializer base, JacksonFeatureSet<JavaTimeFeature> features) {
    super(base, features);
  }

  // Jackson derives a configured copy for each property or setting: keep it this class.

  @Override
  protected LocalDateDeserializer withDateFormat(DateTimeFormatter formatter) {
    return new IsoLocalDateDeserializer(this, formatter);
  }

  @Override
  protected LocalDateDeserializer withLeniency(Boolean leniency) {
    return new IsoLocalDateDeserializer(this, leniency);
  }

  @Override
  protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
    return new IsoLocalDateDeserializer(this, shape);
  }

  @Override
  public LocalDateDeserializer withFeatures(JacksonFeatureSet<JavaTimeFeature> features) {
    return new IsoLocalDateDeserializer(this, features);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE && parser.hasToken(JsonToken.VALUE_STRING)) {
      LocalDate fast = IsoDate.fastOrNull(parser.getText());
      if (fast != null) {
        return fast;
      }
    }
    return super.deserialize(parser, context);
  }
}
