package org.waymark.dashboards;

import static org.waymark.dashboards.Datasource.PUBLISHED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.api.query.Characteristic;
import org.waymark.dashboards.Query.Elasticsearch;

/**
 * Governors — equality and diversity: every indicator by sex, ethnic group, SEND, disadvantage,
 * looked-after and EAL, with each group's gap to the rest of the cohort and whether it is
 * significant. Reads ONLY the published aggregates, which hold figures already suppressed: a group
 * under 5 learners has a null value, shown as "suppressed".
 */
final class GovernorsDashboard {
  private GovernorsDashboard() {}

  /** The characteristics of an equality breakdown (provider and year group are not). */
  static final List<String> CHARACTERISTICS =
      Arrays.stream(Characteristic.values())
          .filter(c -> c != Characteristic.PROVIDER && c != Characteristic.YEAR_GROUP)
          .map(Characteristic::parameter)
          .toList();

  static final List<String> COLUMNS =
      List.of(
          "periodStart",
          "periodEnd",
          "group",
          "value",
          "learners",
          "gapToRest",
          "significant",
          "suppressed");

  /**
   * Who may see it: governors see only this dashboard, and it holds nothing but suppressed figures.
   */
  static final Set<String> AUDIENCE = Set.of("GOVERNOR", "SENIOR_MANAGER", "INSPECTOR");

  static Dashboard define() {
    List<Panel> panels = new ArrayList<>();
    panels.add(
        Panel.text(
            "How to read these figures",
            "Each row is one group of learners with the characteristic chosen above. Groups with"
                + " fewer than 5 learners are **suppressed** (and, when only one group would be"
                + " hidden, the next smallest too), so no figure can be traced to a learner."
                + " *Gap to rest* is the group's figure minus that of every other learner; it is"
                + " *significant* when a test at the 5% level says it is unlikely to be chance."));
    panels.add(
        Panel.barchart(
                "Absence rate: gap to the rest of the cohort, by $by",
                "Percentage points above (+) or below (−) the rest of the cohort, per academic year (the"
                    + " current one to date).",
                PUBLISHED,
                "short",
                Elasticsearch.meanBy(
                    "indicator:attendance AND figure:absenceRate AND by:$by AND interval:period",
                    "gapToRest",
                    "periodStart",
                    "group"))
            .api(gapCall("attendance", "absenceRate", false)));
    panels.add(
        Panel.barchart(
                "Distance travelled ($area): gap to the rest, by $by",
                "Mean distance travelled of the group minus the rest's, per academic year (the current one"
                    + " to date).",
                PUBLISHED,
                "short",
                Elasticsearch.meanBy(
                    "indicator:progress AND figure:gap AND by:$by AND interval:period AND"
                        + " area:\"$area\"",
                    "gapToRest",
                    "periodStart",
                    "group"))
            .api(gapCall("progress", "gap", true)));
    figure(panels, "Absence rate", "attendance", "absenceRate", "percent", false);
    figure(
        panels, "Persistent absence rate", "attendance", "persistentAbsenceRate", "percent", false);
    figure(panels, "Severe absence rate", "attendance", "severeAbsenceRate", "percent", false);
    figure(panels, "Authorised absence rate", "attendance", "authorisedRate", "percent", false);
    figure(panels, "Unauthorised absence rate", "attendance", "unauthorisedRate", "percent", false);
    figure(
        panels,
        "Mean distance travelled ($area)",
        "progress",
        "meanDistanceTravelled",
        "short",
        true);
    figure(panels, "Mean value added ($area)", "progress", "meanValueAdded", "short", true);
    figure(panels, "Progress gap ($area)", "progress", "gap", "short", true);
    figure(panels, "Target achievement rate", "targets", "achievementRate", "percent", false);
    figure(panels, "Targets overdue", "targets", "overdue", "short", false);
    figure(panels, "Review currency", "reviews", "reviewCurrency", "percent", false);
    return new Dashboard(
        "waymark-governors",
        "Waymark — governors: equality and diversity",
        "Every indicator by characteristic with the gap to the rest and its significance; only"
            + " published, already-suppressed aggregates.",
        List.of("waymark", "governors", "equality"),
        "now-2y",
        List.of(
            Variable.custom("by", "Characteristic", CHARACTERISTICS),
            Variable.custom("period", "Period", List.of("period", "month")),
            Variable.terms("area", "Area", PUBLISHED, "area", "indicator:progress", false)),
        panels,
        AUDIENCE);
  }

  private static void figure(
      List<Panel> panels,
      String title,
      String indicator,
      String figure,
      String unit,
      boolean perArea) {
    Map<String, String> significance = new LinkedHashMap<>();
    significance.put("true", "significant");
    significance.put("false", "not significant");
    panels.add(
        new Panel(
            title + " by $by",
            "One row per group and " + "$period" + "; a suppressed group shows no figure.",
            "table",
            PUBLISHED,
            List.of(
                Elasticsearch.raw(
                    "indicator:"
                        + indicator
                        + " AND figure:"
                        + figure
                        + " AND by:$by AND interval:$period"
                        + (perArea ? " AND area:\"$area\"" : ""))),
            unit,
            12,
            List.of(
                Mapping.suppressed("value"),
                Mapping.suppressed("learners"),
                new Mapping("gapToRest", "—", null),
                new Mapping("significant", null, significance)),
            COLUMNS,
            null,
            ApiCall.published(
                null,
                COLUMNS,
                published(indicator, figure, "$period", perArea).toArray(String[]::new))));
  }

  /** The gap to the rest of each group over the whole period, from the published aggregates. */
  private static ApiCall gapCall(String indicator, String figure, boolean perArea) {
    return ApiCall.published(
        "gapToRest",
        List.of("group"),
        published(indicator, figure, "period", perArea).toArray(String[]::new));
  }

  /** The published figures' filter the built-in page asks for: the same as the panel's query. */
  private static List<String> published(
      String indicator, String figure, String interval, boolean perArea) {
    List<String> p = new ArrayList<>();
    p.addAll(
        List.of(
            "indicator",
            indicator,
            "figure",
            figure,
            "by",
            "$by",
            "interval",
            interval,
            "from",
            "$from",
            "to",
            "$to"));
    if (perArea) {
      p.addAll(List.of("area", "$area"));
    }
    return p;
  }
}
