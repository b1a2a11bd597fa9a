package org.waymark.command.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * One QA request's fields: the JSON body's scalars, the identifiers taken from the path, and any
 * array-of-text fields (the pre-visit check's areas for improvement), all validated by one {@link
 * FieldReader} so the client sees every problem at once under the names it used.
 */
final class QaRequest {
  static final int LIST_ITEM_MAX = 1000;
  static final int LIST_MAX = 20;

  final FieldReader reader;
  private final Map<String, String> values;
  private final Map<String, List<String>> lists;

  private QaRequest(
      FieldReader reader, Map<String, String> values, Map<String, List<String>> lists) {
    this.reader = reader;
    this.values = values;
    this.lists = lists;
  }

  /**
   * @param body the request body; null reads as an empty object
   * @param bodyFields the scalar fields the body may carry
   * @param listFields the fields the body may carry as arrays of strings
   * @param path identifiers from the URL; a body repeating one is refused
   */
  static QaRequest of(
      JsonNode body, Set<String> bodyFields, Set<String> listFields, Map<String, String> path) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, List<String>> lists = new LinkedHashMap<>();
    JsonNode object = body == null ? JsonNodeFactory.instance.objectNode() : body;
    if (object.isObject()) {
      ObjectNode copy = ((ObjectNode) object).deepCopy();
      for (String field : listFields) {
        JsonNode list = copy.remove(field);
        if (list != null && !list.isNull()) {
          lists.put(field, items(field, list, problems));
        }
      }
      for (String field : path.keySet()) {
        if (copy.has(field)) {
          problems.add(
              new FieldProblem(
                  field, copy.get(field).asText(), "is given by the path, not the body"));
          copy.remove(field);
        }
      }
      object = copy;
    }
    Map<String, String> values = JsonFields.scalars(object, problems);
    values.putAll(path);
    Set<String> known = new HashSet<>(bodyFields);
    known.addAll(path.keySet());
    return new QaRequest(new FieldReader(values, known, problems), values, lists);
  }

  private static List<String> items(String field, JsonNode list, List<FieldProblem> problems) {
    if (!list.isArray()) {
      problems.add(new FieldProblem(field, list.toString(), "must be an array of strings"));
      return List.of();
    }
    if (list.size() > LIST_MAX) {
      problems.add(new FieldProblem(field, null, "must have at most " + LIST_MAX + " entries"));
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : list) {
      String text = item.isTextual() ? item.asText().strip() : null;
      if (text == null
          || text.isEmpty()
          || text.length() > LIST_ITEM_MAX
          || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
        problems.add(
            new FieldProblem(
                field,
                item.toString(),
                "each entry must be non-blank text of at most " + LIST_ITEM_MAX + " characters"));
      } else {
        items.add(text);
      }
    }
    return items;
  }

  /** The date in {@code field}, or {@code otherwise} when the field is absent or blank. */
  LocalDate optionalDate(String field, LocalDate otherwise) {
    String v = values.get(field);
    return v == null || v.isBlank() ? otherwise : reader.date(field);
  }

  /** Whether the request carries a non-blank {@code field}. */
  boolean has(String field) {
    String v = values.get(field);
    return v != null && !v.isBlank();
  }

  /** The identifier in {@code field}, or null when it is absent or blank. */
  String optionalId(String field) {
    return has(field) ? reader.id(field) : null;
  }

  /** The strings of a list field, empty when absent. */
  List<String> list(String field) {
    return lists.getOrDefault(field, List.of());
  }
}
