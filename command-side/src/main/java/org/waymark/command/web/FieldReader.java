package org.waymark.command.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.waymark.access.json.IsoDate;

/**
 * Reads and validates the fields of one input record (a JSON object or a CSV row), collecting a
 * {@link FieldProblem} for every bad field instead of stopping at the first, so the client sees
 * them all at once. Identifier and date formats follow CONTRACT.md ("Identifiers, dates, files").
 */
public final class FieldReader {
  private final Map<String, String> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  public FieldReader(Map<String, String> values, Set<String> knownFields) {
    this(values, knownFields, List.of());
  }

  /**
   * @param earlier problems already found in the record's shape (e.g. a JSON array where text was
   *     expected); a field named there is not reported again as missing
   */
  public FieldReader(
      Map<String, String> values, Set<String> knownFields, List<FieldProblem> earlier) {
    this.values = new LinkedHashMap<>(values);
    this.problems.addAll(earlier);
    for (String field : values.keySet()) {
      if (!knownFields.contains(field)) {
        problems.add(new FieldProblem(field, values.get(field), "unknown field"));
      }
    }
  }

  /**
   * {@code [A-Za-z0-9._-]{1,64}}, checked without a regex matcher per value (imports read
   * millions).
   */
  public static boolean isId(String v) {
    int n = v.length();
    if (n == 0 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reader of values whose names were checked already (an import file's header names every column
   * once, against the dataset's fields): the map is used as it is, not copied.
   */
  public static FieldReader ofCheckedNames(Map<String, String> values) {
    return new FieldReader(values);
  }

  private FieldReader(Map<String, String> values) {
    this.values = values;
  }

  private String raw(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private <T> T missing(String field) {
    if (problems.stream().noneMatch(p -> p.field().equals(field))) {
      problems.add(new FieldProblem(field, null, "is required"));
    }
    return null;
  }

  private <T> T invalid(String field, String value, String message) {
    problems.add(new FieldProblem(field, value, message));
    return null;
  }

  public String id(String field) {
    String v = raw(field);
    if (v == null) {
      return missing(field);
    }
    return isId(v) ? v : invalid(field, v, "must match [A-Za-z0-9._-]{1,64}");
  }

  public String text(String field, int maxLength) {
    String v = raw(field);
    if (v == null) {
      return missing(field);
    }
    return optionalText(field, maxLength, v);
  }

  public String optionalText(String field, int maxLength) {
    String v = raw(field);
    return v == null ? null : optionalText(field, maxLength, v);
  }

  private String optionalText(String field, int maxLength, String v) {
    if (v.length() > maxLength) {
      return invalid(field, v, "must be at most " + maxLength + " characters");
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      return invalid(field, v, "must not contain control characters");
    }
    return v;
  }

  /** Required free text that may run over several lines (see {@link #optionalMultilineText}). */
  public String multilineText(String field, int maxLength) {
    if (raw(field) == null) {
      return missing(field);
    }
    return optionalMultilineText(field, maxLength);
  }

  /**
   * Optional free text that may run over several lines (comments, evidence, areas for improvement):
   * line breaks and tabs are allowed, other control characters are not.
   */
  public String optionalMultilineText(String field, int maxLength) {
    String v = raw(field);
    if (v == null) {
      return null;
    }
    if (v.length() > maxLength) {
      return invalid(field, v, "must be at most " + maxLength + " characters");
    }
    if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      return invalid(field, v, "must not contain control characters");
    }
    return v;
  }

  public LocalDate date(String field) {
    String v = raw(field);
    if (v == null) {
      return missing(field);
    }
    try {
      return IsoDate.parse(v);
    } catch (DateTimeParseException e) {
      return invalid(field, v, "must be a date YYYY-MM-DD");
    }
  }

  /** A date that may be absent (null then). */
  public LocalDate optionalDate(String field) {
    return raw(field) == null ? null : date(field);
  }

  /** Y or N that may be absent, taking {@code absent} then. */
  public boolean optionalYesNo(String field, boolean absent) {
    return raw(field) == null ? absent : yesNo(field);
  }

  public boolean yesNo(String field) {
    String v = raw(field);
    if (v == null) {
      missing(field);
      return false;
    }
    return switch (v) {
      case "Y" -> true;
      case "N" -> false;
      default -> {
        invalid(field, v, "must be Y or N");
        yield false;
      }
    };
  }

  /** A code parsed by {@code parser}, which throws IllegalArgumentException for unknown codes. */
  public <T> T code(String field, Function<String, T> parser, String allowed) {
    String v = raw(field);
    if (v == null) {
      return missing(field);
    }
    try {
      return parser.apply(v);
    } catch (IllegalArgumentException e) {
      // "F, M" lists the codes; "a whole number of minutes…" describes the value
      boolean described = allowed.startsWith("a ") || allowed.startsWith("an ");
      return invalid(field, v, (described ? "must be " : "must be one of ") + allowed);
    }
  }

  /** Records a problem found by a rule spanning several fields. */
  public void reject(String field, String message) {
    problems.add(new FieldProblem(field, raw(field), message));
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidInputException} when any field was invalid. */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
