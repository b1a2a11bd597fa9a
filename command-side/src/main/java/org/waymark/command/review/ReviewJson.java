package org.waymark.command.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.waymark.api.review.ReviewCopyRecipient;
import org.waymark.api.review.ReviewedTarget;
import org.waymark.command.review.ReviewInput.ReviewLists;
import org.waymark.command.web.FieldProblem;
import org.waymark.command.web.FieldReader;
import org.waymark.command.web.JsonFields;

/**
 * Reads a review's JSON body: the lists of the form ({@code targetsReviewed: [{targetId, met:
 * "Y"|"N"}]}, {@code newTargetIds: [id]}, {@code copiesTo: [LEARNER|ILR|HOME_SCHOOL|
 * PARENTS_CARERS]}) by hand, naming each bad element ({@code targetsReviewed[1].met}); the scalar
 * fields through the shared {@link FieldReader}.
 */
final class ReviewJson {
  static final String TARGETS_REVIEWED = "targetsReviewed";
  static final String NEW_TARGET_IDS = "newTargetIds";
  static final String COPIES_TO = "copiesTo";
  private static final int LIST_MAX = 100;

  private ReviewJson() {}

  /** The reader over the scalar fields, holding every problem of the lists too. */
  record Parsed(FieldReader reader, ReviewLists lists) {}

  static Parsed parse(JsonNode body) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!(body instanceof ObjectNode object)) {
      return new Parsed(JsonFields.reader(body, ReviewInput.scalarFieldSet()), ReviewLists.NONE);
    }
    ObjectNode scalars = object.deepCopy();
    JsonNode reviewed = scalars.remove(TARGETS_REVIEWED);
    JsonNode newTargets = scalars.remove(NEW_TARGET_IDS);
    JsonNode copies = scalars.remove(COPIES_TO);
    ReviewLists lists =
        new ReviewLists(
            targetsReviewed(reviewed, problems),
            ids(newTargets, problems),
            copies(copies, problems));
    List<FieldProblem> shape = new ArrayList<>();
    var values = JsonFields.scalars(scalars, shape);
    shape.addAll(problems);
    return new Parsed(new FieldReader(values, ReviewInput.scalarFieldSet(), shape), lists);
  }

  private static boolean isList(JsonNode node, String field, List<FieldProblem> problems) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isArray()) {
      problems.add(new FieldProblem(field, node.toString(), "must be a JSON array"));
      return false;
    }
    if (node.size() > LIST_MAX) {
      problems.add(new FieldProblem(field, null, "must have at most " + LIST_MAX + " elements"));
      return false;
    }
    return true;
  }

  private static List<ReviewedTarget> targetsReviewed(JsonNode node, List<FieldProblem> problems) {
    List<ReviewedTarget> out = new ArrayList<>();
    if (!isList(node, TARGETS_REVIEWED, problems)) {
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      String at = TARGETS_REVIEWED + "[" + i + "]";
      JsonNode e = node.get(i);
      if (!e.isObject()) {
        problems.add(new FieldProblem(at, e.toString(), "must be an object {targetId, met}"));
        continue;
      }
      e.fieldNames()
          .forEachRemaining(
              name -> {
                if (!name.equals("targetId") && !name.equals("met")) {
                  problems.add(new FieldProblem(at + "." + name, null, "unknown field"));
                }
              });
      String id = e.path("targetId").isTextual() ? e.get("targetId").asText() : null;
      String met = e.path("met").isTextual() ? e.get("met").asText() : null;
      boolean ok = true;
      if (id == null || !FieldReader.isId(id)) {
        problems.add(
            new FieldProblem(
                at + ".targetId", text(e.get("targetId")), "must match [A-Za-z0-9._-]{1,64}"));
        ok = false;
      }
      if (!"Y".equals(met) && !"N".equals(met)) {
        problems.add(new FieldProblem(at + ".met", text(e.get("met")), "must be Y or N"));
        ok = false;
      }
      if (ok) {
        out.add(new ReviewedTarget(id, "Y".equals(met)));
      }
    }
    return out;
  }

  private static List<String> ids(JsonNode node, List<FieldProblem> problems) {
    Set<String> out = new LinkedHashSet<>();
    if (!isList(node, NEW_TARGET_IDS, problems)) {
      return List.of();
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode e = node.get(i);
      if (!e.isTextual() || !FieldReader.isId(e.asText())) {
        problems.add(
            new FieldProblem(
                NEW_TARGET_IDS + "[" + i + "]", text(e), "must match [A-Za-z0-9._-]{1,64}"));
      } else {
        out.add(e.asText());
      }
    }
    return List.copyOf(out);
  }

  private static List<ReviewCopyRecipient> copies(JsonNode node, List<FieldProblem> problems) {
    Set<ReviewCopyRecipient> out = new LinkedHashSet<>();
    if (!isList(node, COPIES_TO, problems)) {
      return List.of();
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode e = node.get(i);
      try {
        out.add(ReviewCopyRecipient.valueOf(e.isTextual() ? e.asText() : ""));
      } catch (IllegalArgumentException ex) {
        problems.add(
            new FieldProblem(
                COPIES_TO + "[" + i + "]",
                text(e),
                "must be one of LEARNER, ILR, HOME_SCHOOL, PARENTS_CARERS"));
      }
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull()
        ? null
        : node.isTextual() ? node.asText() : node.toString();
  }
}
