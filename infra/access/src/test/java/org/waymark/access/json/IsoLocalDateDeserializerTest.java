package org.waymark.access.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class IsoLocalDateDeserializerTest {
  record Dated(LocalDate on, List<LocalDate> more) {}

  record Patterned(@JsonFormat(pattern = "dd/MM/yyyy") LocalDate on) {}

  /** Built as Spring Boot builds its mapper: well-known modules first, then the customizer's. */
  private final ObjectMapper mapper =
      Jackson2ObjectMapperBuilder.json()
          .deserializerByType(LocalDate.class, new IsoLocalDateDeserializer())
          .build();

  @Test
  void isTheDeserializerTheMapperUsesForLocalDateAfterJavaTimeModule() throws Exception {
    DefaultDeserializationContext context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), null, null);
    JsonDeserializer<Object> used =
        context.findRootValueDeserializer(mapper.constructType(LocalDate.class));

    assertThat(used).isInstanceOf(IsoLocalDateDeserializer.class);
  }

  @Test
  void readsIsoDatesInRecordsAndListsAndLeavesOtherFormsToJackson() throws Exception {
    Dated d =
        mapper.readValue(
            "{\"on\":\"2025-09-01\",\"more\":[\"2026-02-28\",[2026,3,1]]}", Dated.class);

    assertThat(d.on()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(d.more()).containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
    assertThat(mapper.readValue("\"+12025-09-01\"", LocalDate.class))
        .isEqualTo(LocalDate.of(12025, 9, 1));
    assertThat(mapper.readValue("null", LocalDate.class)).isNull();
  }

  @Test
  void aPropertyWithItsOwnPatternIsReadByThatPatternOnly() {
    assertThatThrownBy(() -> mapper.readValue("{\"on\":\"2025-09-01\"}", Patterned.class))
        .isInstanceOf(InvalidFormatException.class);
    assertThat(
            assertDoesNotThrow(() -> mapper.readValue("{\"on\":\"01/09/2025\"}", Patterned.class))
                .on())
        .isEqualTo(LocalDate.of(2025, 9, 1));
  }

  @Test
  void aDayThatDoesNotExistIsJacksonsFormatError() {
    assertThatThrownBy(() -> mapper.readValue("\"2025-02-30\"", LocalDate.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("2025-02-30");
  }
}
