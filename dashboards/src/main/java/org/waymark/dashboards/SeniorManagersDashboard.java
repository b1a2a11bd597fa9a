package org.waymark.dashboards;

import static org.waymark.dashboards.Datasource.PUBLISHED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.dashboards.Query.Elasticsearch;

/**
 * Senior managers — progress trends: monthly absence and persistent absence, distance travelled by
 * area, target achievement and review currency, for all learners and per provider (the {@code
 * by=provider} rows). Reads only the published aggregates, so a provider with fewer than 5 learners
 * shows as suppressed here too.
 */
final class SeniorManagersDashboard {
  private SeniorManagersDashboard() {}

  static final String MONTHLY = "interval:month";

  static Dashboard define() {
    return new Dashboard(
        "waymark-senior-managers",
        "Waymark — senior managers: progress trends",
        "Monthly trends of every indicator, all learners and per provider (published, suppressed"
            + " aggregates).",
        List.of("waymark", "senior-managers"),
        "now-2y",
        List.of(
            Variable.terms("provider", "Provider", PUBLISHED, "group", "by:provider", true),
            Variable.custom("period", "Period", List.of("period", "month")),
            Variable.terms("area", "Area", PUBLISHED, "area", "indicator:progress", false)),
        List.of(
            trend(
                "Absence rate",
                "Overall absence: absence sessions / possible sessions × 100, month by month.",
                "attendance",
                "absenceRate",
                "percent",
                "absence-rate"),
            trend(
                "Persistent absence rate",
                "Learners missing 10% or more of their possible sessions in the month / learners"
                    + " with a possible session × 100.",
                "attendance",
                "persistentAbsenceRate",
                "percent",
                "persistent-absence"),
            byProvider(
                "Absence rate by provider",
                "attendance",
                "absenceRate",
                "percent",
                null,
                "absence-rate"),
            byProvider(
                "Persistent absence rate by provider",
                "attendance",
                "persistentAbsenceRate",
                "percent",
                null,
                "persistent-absence"),
            Panel.timeseries(
                    "Distance travelled by area",
                    "Mean distance travelled (latest − baseline score) at each month's end, per"
                        + " area.",
                    PUBLISHED,
                    "short",
                    Elasticsearch.monthly(
                        "indicator:progress AND figure:meanDistanceTravelled AND by:total AND "
                            + MONTHLY,
                        "area"))
                .api(
                    ApiCall.published(
                        "value",
                        List.of("area"),
                        "indicator",
                        "progress",
                        "figure",
                        "meanDistanceTravelled",
                        "by",
                        "total",
                        "interval",
                        "month",
                        "from",
                        "$from",
                        "to",
                        "$to")),
            byProvider(
                "Distance travelled by provider ($area)",
                "progress",
                "meanDistanceTravelled",
                "short",
                "$area",
                "distance-travelled"),
            trend(
                "Target achievement",
                "Targets met / targets concluded (met, partially met, not met) in the month × 100.",
                "targets",
                "achievementRate",
                "percent",
                "target-achievement"),
            byProvider(
                "Target achievement by provider",
                "targets",
                "achievementRate",
                "percent",
                null,
                "target-achievement"),
            trend(
                "Review currency",
                "Active learners reviewed within their window (42 days by default) at the month's"
                    + " end / active learners × 100.",
                "reviews",
                "reviewCurrency",
                "percent",
                "review-currency"),
            byProvider(
                "Review currency by provider",
                "reviews",
                "reviewCurrency",
                "percent",
                null,
                "review-currency"),
            Panel.stat(
                    "Targets overdue at the latest month's end",
                    "Targets without a final outcome whose due date has passed.",
                    PUBLISHED,
                    "short",
                    Elasticsearch.monthly(
                        "indicator:targets AND figure:overdue AND by:total AND " + MONTHLY))
                .width(12)
                .api(
                    new ApiCall(
                        "/api/v1/indicators/targets",
                        params("from", "$from", "to", "$to", "provider", "$provider"),
                        "breakdown",
                        null,
                        "overdue",
                        List.of())),
            Panel.stat(
                    "Review currency now",
                    "Review currency at the latest month's end (or today for the running month).",
                    PUBLISHED,
                    "percent",
                    Elasticsearch.monthly(
                        "indicator:reviews AND figure:reviewCurrency AND by:total AND " + MONTHLY))
                .width(12)
                .api(
                    new ApiCall(
                        "/api/v1/indicators/reviews",
                        params("at", "$to", "provider", "$provider"),
                        "breakdown",
                        null,
                        "reviewCurrency",
                        List.of())),
            Panel.barchart(
                    "Learners falling behind, by provider",
                    "Active learners with attendance under 90% this academic year, two or more"
                        + " targets missed in a row, not on target at their last review, or a"
                        + " review overdue, counted per provider on the day of publication. Grafana"
                        + " sees only these counts (published by the query side); the learners"
                        + " themselves are on the built-in page, from"
                        + " /api/v1/watchlist/falling-behind.",
                    PUBLISHED,
                    "short",
                    Elasticsearch.meanBy(
                        "indicator:watchlist AND figure:fallingBehind AND interval:at AND"
                            + " by:provider AND group:${provider:lucene}",
                        "value",
                        "group"))
                .width(24)
                .api(
                    ApiCall.list(
                        "/api/v1/watchlist/falling-behind",
                        "learners",
                        List.of(
                            "learnerId",
                            "attendanceRate",
                            "lowAttendance",
                            "targetsMissedInARow",
                            "missingTargets",
                            "onTargetAtLastReview",
                            "reviewOverdue"),
                        "at",
                        "$to",
                        "provider",
                        "$provider")),
            Panel.table(
                    "Per provider, by $period",
                    "Every figure of the selected providers, for each month or for each academic"
                        + " year (the current one to date).",
                    PUBLISHED,
                    Elasticsearch.raw(
                        "by:provider AND group:${provider:lucene} AND interval:$period AND"
                            + " indicator:(attendance OR targets OR reviews)"),
                    List.of(
                        "periodStart",
                        "periodEnd",
                        "group",
                        "indicator",
                        "figure",
                        "value",
                        "learners",
                        "suppressed"),
                    Mapping.suppressed("value"),
                    Mapping.suppressed("learners"))
                .width(24)
                .api(
                    new ApiCall(
                        "/api/v1/indicators/attendance",
                        params(
                            "from",
                            "$from",
                            "to",
                            "$to",
                            "provider",
                            "$provider",
                            "by",
                            "provider"),
                        "breakdown",
                        null,
                        null,
                        List.of(
                            "group",
                            "learners",
                            "absenceRate",
                            "persistentAbsenceRate",
                            "severeAbsenceRate",
                            "unauthorisedRate")))),
        Set.of("SENIOR_MANAGER"));
  }

  private static Map<String, String> params(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private static Panel trend(
      String title,
      String description,
      String indicator,
      String figure,
      String unit,
      String trendPath) {
    return Panel.timeseries(
            title,
            description,
            PUBLISHED,
            unit,
            Elasticsearch.monthly(
                "indicator:"
                    + indicator
                    + " AND figure:"
                    + figure
                    + " AND by:total AND "
                    + MONTHLY))
        .api(ApiCall.trend(trendPath, "provider", "$provider"));
  }

  private static Panel byProvider(
      String title, String indicator, String figure, String unit, String area, String trendPath) {
    ApiCall call =
        area == null
            ? ApiCall.trend(trendPath, "by", "provider", "provider", "$provider")
            : ApiCall.trend(trendPath, "by", "provider", "provider", "$provider", "area", "$area");
    return Panel.timeseries(
            title,
            "The same figure per provider (a provider with fewer than 5 learners is suppressed).",
            PUBLISHED,
            unit,
            Elasticsearch.monthly(
                "indicator:"
                    + indicator
                    + " AND figure:"
                    + figure
                    + " AND by:provider AND group:${provider:lucene} AND "
                    + MONTHLY
                    + (area == null ? "" : " AND area:\"" + area + "\""),
                "group"))
        .api(call);
  }
}
