package org.waymark.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the SQL peer's breakdown says what the API's says, so that the time ratio compares equal
 * work. The API lists every key of a fixed domain, an empty group with 0 learners; SQL has no row
 * for a group without marks, so such a group must be empty in the API's answer.
 */
public final class AttendanceComparison {
  private AttendanceComparison() {}

  /**
   * The differences between {@code sql} and the API's unsuppressed answer {@code api} (its {@code
   * total} when {@code by} is null, else its {@code groups}); empty when they agree.
   */
  public static List<String> differences(List<AttendanceRow> sql, JsonNode api, String by) {
    Map<String, AttendanceRow> fromApi = new LinkedHashMap<>();
    if (by == null) {
      AttendanceRow total = AttendanceRow.fromApi(api.path("total"));
      fromApi.put("total", total);
    } else {
      for (JsonNode g : api.path("groups")) {
        AttendanceRow row = AttendanceRow.fromApi(g);
        fromApi.put(row.group(), row);
      }
    }
    List<String> out = new ArrayList<>();
    Map<String, AttendanceRow> fromSql = new LinkedHashMap<>();
    for (AttendanceRow row : sql) {
      fromSql.put(row.group(), row);
      AttendanceRow a = fromApi.get(row.group());
      if (a == null) {
        out.add(row.group() + ": in SQL, not in the API's answer");
      } else {
        String d = row.differenceFrom(a);
        if (d != null) {
          out.add("SQL vs API " + d);
        }
      }
    }
    fromApi.forEach(
        (key, row) -> {
          if (!fromSql.containsKey(key) && (row.learners() != 0 || row.possible() != 0)) {
            out.add(key + ": in the API's answer with " + row.learners() + " learners, not in SQL");
          }
        });
    return out;
  }
}
