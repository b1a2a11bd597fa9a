package org.waymark.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens a JSON object of scalar fields into text values, so that JSON bodies and CSV rows are
 * validated by the same {@link FieldReader}. Nested objects, arrays and booleans are rejected by
 * name: the contract's codes are strings ({@code "Y"}, not {@code true}).
 */
public final class JsonFields {
  private JsonFields() {}

  public static Map<String, String> scalars(JsonNode body, List<FieldProblem> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    if (body == null || !body.isObject()) {
      problems.add(new FieldProblem("body", null, "must be a JSON object"));
      return values;
    }
    body.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              if (v.isNull()) {
                values.put(e.getKey(), null);
              } else if (v.isTextual() || v.isNumber()) {
                values.put(e.getKey(), v.asText());
              } else {
                problems.add(new FieldProblem(e.getKey(), v.toString(), "must be a string"));
              }
            });
    return values;
  }

  /** A reader over a JSON object's fields, already holding any problems of its shape. */
  public static FieldReader reader(JsonNode body, java.util.Set<String> knownFields) {
    List<FieldProblem> shape = new ArrayList<>();
    Map<String, String> values = scalars(body, shape);
    return new FieldReader(values, knownFields, shape);
  }
}
