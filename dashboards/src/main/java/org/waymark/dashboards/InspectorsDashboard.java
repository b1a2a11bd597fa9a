package org.waymark.dashboards;

import static org.waymark.dashboards.Datasource.AUDIT;
import static org.waymark.dashboards.Datasource.PUBLISHED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.api.attendance.AttendanceMarkAmendedEvent;
import org.waymark.dashboards.Query.Elasticsearch;

/**
 * Inspectors — audit and quality: the event history over time from the audit index (which holds ids
 * and summaries, never names, dates of birth or narrative), register amendments, and from the
 * published aggregates each provider's QA position with its essential-theme gates, overdue
 * improvement actions and registration alerts.
 */
final class InspectorsDashboard {
  private InspectorsDashboard() {}

  static Dashboard define() {
    Map<String, String> suitable = new LinkedHashMap<>();
    suitable.put("1", "suitable");
    suitable.put("0", "not suitable");
    return new Dashboard(
        "waymark-inspectors",
        "Waymark — inspectors: audit and quality",
        "Event history and register amendments from the audit index; QA, improvement actions and"
            + " registration from the published aggregates.",
        List.of("waymark", "inspectors", "audit"),
        "now-1y",
        List.of(
            Variable.terms("provider", "Provider", AUDIT, "providerId", "*", true),
            Variable.textbox("learner", "Learner id", "none")),
        List.of(
            Panel.timeseries(
                "Events recorded, by type",
                "Every event the store recorded, counted per interval by event type.",
                AUDIT,
                "short",
                Elasticsearch.countOverTime("*", "type")),
            Panel.barchart(
                "Events recorded, by who recorded them",
                "Events per user (recordedBy) in the time range.",
                AUDIT,
                "short",
                Elasticsearch.countBy("*", "recordedBy")),
            Panel.timeseries(
                "Events of the selected providers",
                "Events naming one of the selected providers, by provider.",
                AUDIT,
                "short",
                Elasticsearch.countOverTime("providerId:${provider:lucene}", "providerId")),
            Panel.table(
                "Event history of learner $learner",
                "Type a learner id above: every event about that learner, newest first.",
                AUDIT,
                Elasticsearch.raw("learnerId:\"$learner\""),
                List.of("recordedAt", "type", "recordedBy", "source", "effectiveDate", "summary")),
            Panel.table(
                    "Register amendments",
                    "Every amended attendance mark: who amended it, when, and the summary (old"
                        + " and new code).",
                    AUDIT,
                    Elasticsearch.raw("type:" + AttendanceMarkAmendedEvent.class.getSimpleName()),
                    List.of("recordedAt", "recordedBy", "source", "effectiveDate", "summary"))
                .width(24),
            Panel.table(
                "QA status per provider",
                "Suitable when every essential criterion (themes 1 and 2) was fully met at the"
                    + " latest visit.",
                PUBLISHED,
                Elasticsearch.raw(
                    "indicator:qa AND figure:suitable AND interval:at AND by:provider AND"
                        + " group:${provider:lucene}"),
                List.of("periodEnd", "group", "value"),
                new Mapping("value", null, suitable)),
            Panel.table(
                "Essential-theme gates",
                "Criteria of the essential themes not met or not judged at each provider's latest"
                    + " visit.",
                PUBLISHED,
                Elasticsearch.raw(
                    "indicator:qa-theme AND area:*essential* AND figure:(notMet OR unjudged) AND"
                        + " interval:at AND group:${provider:lucene}"),
                List.of("group", "area", "figure", "value")),
            Panel.barchart(
                "Improvement actions overdue, by provider",
                "Open improvement-plan actions past their by-when date.",
                PUBLISHED,
                "short",
                Elasticsearch.meanBy(
                    "indicator:improvement-actions AND figure:overdue AND interval:at AND"
                        + " by:provider AND group:${provider:lucene}",
                    "value",
                    "group")),
            Panel.table(
                "Registration alerts",
                "mustRegister 1: an unregistered provider at the registration threshold;"
                    + " breaches: its placements of more than 10 hours a week.",
                PUBLISHED,
                Elasticsearch.raw(
                    "indicator:registration AND interval:at AND by:provider AND"
                        + " group:${provider:lucene}"),
                List.of("periodEnd", "group", "figure", "value"))));
  }
}
