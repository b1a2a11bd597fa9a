package org.waymark.query.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.waymark.api.query.Characteristic;

/**
 * Reads query parameters, collecting every problem so one 400 answer names them all: call the
 * readers, then {@link #validate()}. Unknown parameter names are problems too (a misspelt {@code
 * provder} must not silently widen the scope).
 */
public final class Parameters {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Map<String, List<String>> values;
  private final Set<String> allowed = new LinkedHashSet<>();
  private final List<ParameterProblem> problems = new ArrayList<>();

  public Parameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The raw single value, or empty; a repeated single-valued parameter is a problem. */
  public Optional<String> text(String name) {
    allowed.add(name);
    List<String> v = values.get(name);
    if (v == null || v.isEmpty()) {
      return Optional.empty();
    }
    if (v.size() > 1) {
      problem(name, String.join(",", v), "must be given once");
      return Optional.empty();
    }
    String s = v.get(0).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  public String requiredText(String name) {
    Optional<String> v = text(name);
    if (v.isEmpty() && !hasProblem(name)) {
      problem(name, null, "is required");
    }
    return v.orElse(null);
  }

  public LocalDate date(String name, LocalDate otherwise) {
    return text(name).map(v -> parseDate(name, v)).orElse(otherwise);
  }

  private LocalDate parseDate(String name, String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problem(name, v, "must be a date as YYYY-MM-DD");
      return null;
    }
  }

  /** An ISO-8601 instant ({@code 2025-10-01T12:00:00Z}); a bare date means its start, UTC. */
  public Instant instant(String name) {
    return text(name)
        .map(
            v -> {
              try {
                return Instant.parse(v);
              } catch (DateTimeParseException e) {
                try {
                  return LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e2) {
                  problem(name, v, "must be an ISO-8601 instant such as 2025-10-01T12:00:00Z");
                  return null;
                }
              }
            })
        .orElse(null);
  }

  public boolean bool(String name, boolean otherwise) {
    return text(name)
        .map(
            v -> {
              if (v.equalsIgnoreCase("true")) {
                return true;
              }
              if (v.equalsIgnoreCase("false")) {
                return false;
              }
              problem(name, v, "must be true or false");
              return otherwise;
            })
        .orElse(otherwise);
  }

  public int integer(String name, int otherwise, int min, int max) {
    return text(name)
        .map(
            v -> {
              try {
                int i = Integer.parseInt(v);
                if (i < min || i > max) {
                  problem(name, v, "must be between " + min + " and " + max);
                  return otherwise;
                }
                return i;
              } catch (NumberFormatException e) {
                problem(name, v, "must be a whole number");
                return otherwise;
              }
            })
        .orElse(otherwise);
  }

  /** A repeatable id parameter ({@code provider=A&provider=B}, or comma-separated). */
  public List<String> ids(String name) {
    allowed.add(name);
    List<String> raw = values.getOrDefault(name, List.of());
    List<String> out = new ArrayList<>();
    for (String r : raw) {
      for (String part : r.split(",")) {
        String id = part.strip();
        if (id.isEmpty()) {
          continue;
        }
        if (!ID.matcher(id).matches()) {
          problem(name, id, "must be an id of 1 to 64 letters, digits, '.', '_' or '-'");
        } else if (!out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /** The {@code by} characteristic, or {@code null} when absent. */
  public Characteristic by() {
    return text("by")
        .map(
            v ->
                Characteristic.fromParameter(v)
                    .orElseGet(
                        () -> {
                          problem(
                              "by",
                              v,
                              "must be one of "
                                  + Arrays.stream(Characteristic.values())
                                      .map(Characteristic::parameter)
                                      .collect(Collectors.joining(", ")));
                          return null;
                        }))
        .orElse(null);
  }

  /** One of {@code options}, compared exactly. */
  public String oneOf(String name, String otherwise, List<String> options) {
    return text(name)
        .map(
            v -> {
              if (!options.contains(v)) {
                problem(name, v, "must be one of " + String.join(", ", options));
                return otherwise;
              }
              return v;
            })
        .orElse(otherwise);
  }

  public void problem(String name, String value, String message) {
    problems.add(new ParameterProblem(name, value, message));
  }

  public boolean hasProblem(String name) {
    return problems.stream().anyMatch(p -> p.parameter().equals(name));
  }

  /** Throws naming every problem found so far, and every parameter no reader asked for. */
  public void validate() {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        problems.add(
            new ParameterProblem(
                e.getKey(),
                String.join(",", e.getValue()),
                "is not a parameter of this endpoint; it takes " + String.join(", ", allowed)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidParameterException(problems);
    }
  }
}
