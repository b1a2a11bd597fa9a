package org.waymark.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the all-in-one's built-in page gets a panel's figures: one GET on the query API of the same
 * origin (never Elasticsearch or Prometheus directly), and how to read the answer. Parameter values
 * may name the page's variables ({@code $provider}, {@code $from}, {@code $to}, {@code $by}, {@code
 * $area}, {@code $learner}); a parameter whose variable is empty is left out, a multi-valued one is
 * repeated.
 *
 * @param path the path, e.g. {@code /api/v1/trends/absence-rate}
 * @param params query parameters in order
 * @param shape how the answer reads: {@code trend} ({@code periods[]} of a trends endpoint), {@code
 *     breakdown} ({@code total} and {@code groups[]} of an indicator), {@code list} (the array at
 *     {@code rows}, one table row per element), {@code count} (the elements at {@code rows} counted
 *     per value of {@code value}), {@code published} (published aggregates at {@code figures[]}) or
 *     {@code prometheus} (the metrics named in {@code columns} from {@code /actuator/prometheus})
 * @param rows the answer's array that holds the rows ({@code list}, {@code count}, {@code
 *     published}), or {@code null}
 * @param value the field charted: a figure name ({@code breakdown}), the field counted by ({@code
 *     count}), the plotted field of published figures, or the label a Prometheus metric is split
 *     by; {@code null} for a table
 * @param columns table columns (dotted paths into each row); for {@code prometheus}, metric names
 */
public record ApiCall(
    String path,
    Map<String, String> params,
    String shape,
    String rows,
    String value,
    List<String> columns) {
  public ApiCall {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    columns = List.copyOf(columns);
  }

  /** The months of a trend from {@code /api/v1/trends/{indicator}}. */
  public static ApiCall trend(String indicator, String... params) {
    Map<String, String> p = pairs(params);
    p.putIfAbsent("interval", "month");
    p.putIfAbsent("from", "$from");
    p.putIfAbsent("to", "$to");
    return new ApiCall("/api/v1/trends/" + indicator, p, "trend", null, null, List.of());
  }

  /** Published, already-suppressed aggregates: {@code /api/v1/published/aggregates}. */
  public static ApiCall published(String value, List<String> columns, String... params) {
    return new ApiCall(
        "/api/v1/published/aggregates", pairs(params), "published", "figures", value, columns);
  }

  /** One table row per element of the answer's {@code rows} array. */
  public static ApiCall list(String path, String rows, List<String> columns, String... params) {
    return new ApiCall(path, pairs(params), "list", rows, null, columns);
  }

  /** The elements of the answer's {@code rows} array counted per value of {@code field}. */
  public static ApiCall count(String path, String rows, String field, String... params) {
    return new ApiCall(path, pairs(params), "count", rows, field, List.of());
  }

  /** Current values of metrics from {@code /actuator/prometheus}, split by {@code label}. */
  public static ApiCall prometheus(List<String> metrics, String label) {
    return new ApiCall("/actuator/prometheus", Map.of(), "prometheus", null, label, metrics);
  }

  private static Map<String, String> pairs(String... params) {
    if (params.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come as name, value pairs");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      out.put(params[i], params[i + 1]);
    }
    return out;
  }
}
