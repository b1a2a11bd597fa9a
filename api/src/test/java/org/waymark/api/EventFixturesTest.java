package org.waymark.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Wire-format guard: every event class of the published language (every class carrying {@link
 * Revision}) has a JSON fixture {@code events/<SimpleName>.json}, and that fixture deserialises and
 * serialises back to the same JSON. A renamed, removed or added field, or a new event without a
 * fixture, fails the build before it can break stored events or the query side.
 */
class EventFixturesTest {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // decimals (hours a week) compare as written, not as binary doubles
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
    Path classes =
        Path.of(EventFixturesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolveSibling("classes");
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
          .map(p -> classes.relativize(p).toString())
          .map(s -> s.substring(0, s.length() - ".class".length()).replace('/', '.'))
          .map(EventFixturesTest::load)
          .filter(c -> c.isAnnotationPresent(Revision.class))
          .sorted(java.util.Comparator.comparing(Class::getName))
          .toList();
    }
  }

  static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePublishedLanguageHasEvents() throws Exception {
    assertThat(eventClasses()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyEventHasAFixtureThatRoundTrips() throws Exception {
    return eventClasses().stream()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      String resource = "/events/" + type.getSimpleName() + ".json";
                      try (InputStream in = EventFixturesTest.class.getResourceAsStream(resource)) {
                        assertThat(in)
                            .as(
                                "fixture %s for %s (revision %s)",
                                resource,
                                type.getName(),
                                type.getAnnotation(Revision.class).value())
                            .isNotNull();
                        JsonNode fixture = JSON.readTree(in);
                        Object event = JSON.treeToValue(fixture, type);
                        JsonNode written = JSON.valueToTree(event);
                        assertThat(written)
                            .as("%s written back differs from its fixture", type.getSimpleName())
                            .isEqualTo(fixture);
                      }
                    }));
  }
}
