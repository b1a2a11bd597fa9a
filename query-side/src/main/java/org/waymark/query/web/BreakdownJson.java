package org.waymark.query.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.analytics.breakdown.Breakdown;
import org.waymark.analytics.breakdown.BreakdownRow;

/**
 * A breakdown in the flat shape of CONTRACT.md: {@code {total, groups:[{group, <figures…>,
 * suppressed}]}}, the figures named and ordered as the contract lists them, every figure {@code
 * null} in a suppressed row.
 */
public final class BreakdownJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BreakdownJson() {}

  /** {@code total} and {@code groups} (empty without {@code by}), in a map the caller extends. */
  public static Map<String, Object> of(Breakdown<?> breakdown, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", row(breakdown.total(), fields));
    List<Map<String, Object>> groups = new ArrayList<>();
    if (breakdown.by() != null) {
      for (BreakdownRow<?> r : breakdown.groups()) {
        groups.add(row(r, fields));
      }
    }
    out.put("groups", groups);
    return out;
  }

  /** One row: {@code group}, the named figures, {@code suppressed}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> row(BreakdownRow<?> row, List<String> fields) {
    Map<String, Object> figures =
        row.figures() == null ? Map.of() : JSON.convertValue(row.figures(), Map.class);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("group", row.group());
    for (String f : fields) {
      out.put(f, row.suppressed() ? null : figures.get(f));
    }
    out.put("suppressed", row.suppressed());
    return out;
  }
}
