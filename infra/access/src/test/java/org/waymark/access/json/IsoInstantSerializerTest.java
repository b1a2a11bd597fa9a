package org.waymark.access.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class IsoInstantSerializerTest {
  record Stamped(Instant at, List<Instant> more) {}

  record Patterned(@JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC") Instant at) {}

  static final Instant AT = Instant.parse("2025-10-06T16:00:00.120Z");

  /**
   * Built as Spring Boot builds its mapper (well-known modules first, then the customizer's; dates
   * as text).
   */
  private static Jackson2ObjectMapperBuilder builder() {
    return jacksons().serializerByType(Instant.class, new IsoInstantSerializer());
  }

  /** The same, without this serializer: what the answers must equal. */
  private static Jackson2ObjectMapperBuilder jacksons() {
    return Jackson2ObjectMapperBuilder.json()
        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Test
  void isTheSerializerTheMapperUsesForInstantAfterJavaTimeModule() throws Exception {
    ObjectMapper mapper = builder().build();
    JsonSerializer<Object> used =
        mapper.getSerializerProviderInstance().findValueSerializer(Instant.class);

    assertThat(used).isInstanceOf(IsoInstantSerializer.class);
    assertThat(mapper.copy().getSerializerProviderInstance().findValueSerializer(Instant.class))
        .isInstanceOf(IsoInstantSerializer.class);
  }

  @Test
  void writesInstantsInRecordsAndListsAsJacksonDoes() throws Exception {
    Stamped s =
        new Stamped(AT, List.of(Instant.parse("2025-10-06T16:00:00Z"), Instant.ofEpochSecond(-1)));

    String ours = builder().build().writeValueAsString(s);

    assertThat(ours).isEqualTo(jacksons().build().writeValueAsString(s));
    assertThat(ours).contains("\"2025-10-06T16:00:00.120Z\"", "\"1969-12-31T23:59:59Z\"");
  }

  @Test
  void timestampsAPropertysPatternAndAMapperTimeZoneAreJacksonsOwn() throws Exception {
    Stamped s = new Stamped(AT, List.of());
    Patterned p = new Patterned(AT);
    for (var configure :
        List.<java.util.function.UnaryOperator<Jackson2ObjectMapperBuilder>>of(
            b -> b.featuresToEnable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS),
            b ->
                b.featuresToEnable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .featuresToDisable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS),
            b ->
                b.timeZone(TimeZone.getTimeZone("Europe/London"))
                    .featuresToEnable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE),
            b -> b)) {
      ObjectMapper ours = configure.apply(builder()).build();
      ObjectMapper theirs = configure.apply(jacksons()).build();
      assertThat(ours.writeValueAsString(s)).isEqualTo(theirs.writeValueAsString(s));
      assertThat(ours.writeValueAsString(p)).isEqualTo(theirs.writeValueAsString(p));
    }
    assertThat(builder().build().writeValueAsString(p)).isEqualTo("{\"at\":\"2025-10-06 16:00\"}");
  }
}
