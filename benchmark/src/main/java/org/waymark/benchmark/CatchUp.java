package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each processing group's way to caught up after the import ended, from the {@code processors} of
 * {@code /api/v1/projections/status}: how far behind it was when the import ended and when it first
 * had nothing left to consume. The slowest group is what the catch-up time measures, so this says
 * which read model to make cheaper.
 */
final class CatchUp {
  private final Map<String, Group> groups = new LinkedHashMap<>();

  /** One group: events behind at the import's end, seconds after it until none (null: never). */
  record Group(String name, long behindAtImportEnd, Double caughtUpAfterSeconds) {}

  /** Reads one status answer taken {@code secondsAfterImport} after the import ended. */
  void observe(JsonNode status, double secondsAfterImport) {
    for (JsonNode p : status.path("processors")) {
      String name = p.path("name").asText();
      long behind = p.path("eventsBehind").asLong(-1);
      if (name.isEmpty() || behind < 0) {
        continue;
      }
      Group g = groups.get(name);
      if (g == null) {
        groups.put(name, new Group(name, behind, behind == 0 ? secondsAfterImport : null));
      } else if (g.caughtUpAfterSeconds() == null && behind == 0) {
        groups.put(name, new Group(name, g.behindAtImportEnd(), secondsAfterImport));
      }
    }
  }

  /** Every group seen, the last to catch up (or never) first. */
  List<Group> groups() {
    List<Group> all = new ArrayList<>(groups.values());
    all.sort(
        Comparator.comparing(
                (Group g) ->
                    g.caughtUpAfterSeconds() == null ? Double.MAX_VALUE : g.caughtUpAfterSeconds())
            .reversed()
            .thenComparing(Group::name));
    return all;
  }

  /**
   * The {@code n} groups furthest behind in {@code status}, as {@code name N} for a progress line.
   */
  static String furthestBehind(JsonNode status, int n) {
    List<JsonNode> behind = new ArrayList<>();
    status
        .path("processors")
        .forEach(
            p -> {
              if (p.path("eventsBehind").asLong() > 0) {
                behind.add(p);
              }
            });
    behind.sort(
        Comparator.comparingLong((JsonNode p) -> p.path("eventsBehind").asLong()).reversed());
    return String.join(
        ", ",
        behind.stream()
            .limit(n)
            .map(
                p ->
                    String.format(
                        Locale.ROOT,
                        "%s %,d",
                        p.path("name").asText(),
                        p.path("eventsBehind").asLong()))
            .toList());
  }
}
