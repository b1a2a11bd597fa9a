package org.waymark.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks, without Elasticsearch, that a document serialises only to fields its strict mapping
 * declares (an undeclared field is refused at write time and stalls the processor).
 */
public final class StrictMappings {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private StrictMappings() {}

  public static void assertMapped(Object document, String resource) throws IOException {
    JsonNode mapping;
    try (InputStream in = StrictMappings.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      mapping = JSON.readTree(in).get("mappings");
    }
    assertThat(mapping.get("dynamic").asText()).isEqualTo("strict");
    check(JSON.valueToTree(document), mapping.get("properties"), "");
  }

  private static void check(JsonNode doc, JsonNode properties, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String name = path + f.getKey();
      JsonNode declared = properties.get(f.getKey());
      assertThat(declared).as("field " + name + " is not in the strict mapping").isNotNull();
      if (declared.has("enabled") && !declared.get("enabled").asBoolean()) {
        continue;
      }
      JsonNode value = f.getValue();
      if (value.isObject()) {
        assertThat(declared.has("properties")).as(name + " is an object").isTrue();
        check(value, declared.get("properties"), name + ".");
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (element.isObject()) {
            check(element, declared.get("properties"), name + ".");
          }
        }
      }
    }
  }
}
