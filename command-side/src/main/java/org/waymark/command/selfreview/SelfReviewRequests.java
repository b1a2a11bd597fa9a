package org.waymark.command.selfreview;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * A reader over a request's JSON body plus the ids its path carries, so that a bad id in the path
 * is reported by name like any other field. A path id repeated in the body is refused.
 */
final class SelfReviewRequests {
  private SelfReviewRequests() {}

  static FieldReader reader(JsonNode body, List<String> fields, Map<String, String> path) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> values =
        body == null || body.isMissingNode()
            ? new java.util.LinkedHashMap<>()
            : JsonFields.scalars(body, problems);
    for (Map.Entry<String, String> p : path.entrySet()) {
      if (values.containsKey(p.getKey())) {
        problems.add(
            new FieldProblem(
                p.getKey(),
                values.get(p.getKey()),
                "is given in the path; leave it out of the body"));
      }
      values.put(p.getKey(), p.getValue());
    }
    Set<String> known = new HashSet<>(fields);
    known.addAll(path.keySet());
    return new FieldReader(values, known, problems);
  }
}
