package org.waymark.dashboards;

import java.util.List;

/** One query of a panel: Elasticsearch (Lucene filter, metrics, buckets) or PromQL. */
public sealed interface Query permits Query.Elasticsearch, Query.Prometheus {

  /**
   * An Elasticsearch query as Grafana's query editor builds it.
   *
   * @param lucene the Lucene filter (template variables allowed)
   * @param metric {@code raw_data}, {@code count}, {@code avg}, {@code max} or {@code sum}
   * @param field the metric's field ({@code null} for raw data and count)
   * @param termsFields terms buckets, outermost first
   * @param histogram whether the innermost bucket is a date histogram on the time field
   * @param interval the date histogram's interval ({@code 1M}, {@code auto})
   * @param alias the series' legend ({@code {{term group}}}), or {@code null}
   */
  record Elasticsearch(
      String lucene,
      String metric,
      String field,
      List<String> termsFields,
      boolean histogram,
      String interval,
      String alias)
      implements Query {
    public Elasticsearch {
      termsFields = List.copyOf(termsFields);
    }

    /** Every matching document as a row (tables). */
    public static Elasticsearch raw(String lucene) {
      return new Elasticsearch(lucene, "raw_data", null, List.of(), false, null, null);
    }

    /**
     * A monthly series of {@code value} (one document per month and group, so the mean is the
     * figure itself), one series per value of each terms field, or one named "All learners".
     */
    public static Elasticsearch monthly(String lucene, String... terms) {
      return new Elasticsearch(
          lucene,
          "avg",
          "value",
          List.of(terms),
          true,
          "1M",
          terms.length == 0 ? "All learners" : legend(terms));
    }

    /** The mean of {@code field} per value of each terms field (no time buckets). */
    public static Elasticsearch meanBy(String lucene, String field, String... terms) {
      return new Elasticsearch(lucene, "avg", field, List.of(terms), false, null, null);
    }

    /** Documents counted per interval, one series per value of each terms field. */
    public static Elasticsearch countOverTime(String lucene, String... terms) {
      return new Elasticsearch(
          lucene,
          "count",
          null,
          List.of(terms),
          true,
          "auto",
          terms.length == 0 ? null : legend(terms));
    }

    /** Documents counted per value of the terms fields (no time buckets). */
    public static Elasticsearch countBy(String lucene, String... terms) {
      return new Elasticsearch(lucene, "count", null, List.of(terms), false, null, null);
    }

    private static String legend(String... terms) {
      StringBuilder b = new StringBuilder();
      for (String t : terms) {
        b.append(b.length() == 0 ? "" : " ").append("{{term ").append(t).append("}}");
      }
      return b.toString();
    }
  }

  /**
   * A PromQL query.
   *
   * @param expr the expression
   * @param legend the legend format ({@code {{group}}})
   */
  record Prometheus(String expr, String legend) implements Query {}
}
