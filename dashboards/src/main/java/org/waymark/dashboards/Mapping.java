package org.waymark.dashboards;

import java.util.Map;

/**
 * A value mapping of a field: a special value ({@code null}) or exact values shown as text.
 *
 * @param field the field it applies to
 * @param nullText the text for a null value, or {@code null}
 * @param values exact value → text, in order
 */
public record Mapping(String field, String nullText, Map<String, String> values) {
  public Mapping {
    values = values == null ? Map.of() : values;
  }

  /** A suppressed group's null value shown as "suppressed". */
  public static Mapping suppressed(String field) {
    return new Mapping(field, "suppressed", null);
  }
}
