package org.waymark.dashboards;

import static org.waymark.dashboards.Datasource.AUDIT;
import static org.waymark.dashboards.Datasource.PUBLISHED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                    Elasticsearch.countOverTime("*", "type"))
                .api(events("type", "*")),
            Panel.barchart(
                    "Events recorded, by who recorded them",
                    "Events per user (recordedBy) in the time range.",
                    AUDIT,
                    "short",
                    Elasticsearch.countBy("*", "recordedBy"))
                .api(events("recordedBy", "*")),
            Panel.timeseries(
                    "Events of the selected providers",
                    "Events naming one of the selected providers, by provider.",
                    AUDIT,
                    "short",
                    Elasticsearch.countOverTime("providerId:${provider:lucene}", "providerId"))
                .api(events("providerId", "$provider")),
            Panel.table(
                    "Event history of learner $learner",
                    "Type a learner id above: every event about that learner, newest first.",
                    AUDIT,
                    Elasticsearch.raw("learnerId:\"$learner\""),
                    List.of(
                        "recordedAt", "type", "recordedBy", "source", "effectiveDate", "summary"))
                .api(
                    ApiCall.list(
                        "/api/v1/audit/events",
                        "events",
                        List.of(
                            "recordedAt", "type", "recordedBy", "source", "occurredAt", "summary"),
                        "learner",
                        "$learner",
                        "provider",
                        "$provider",
                        "size",
                        "100")),
            Panel.table(
                    "Register amendments",
                    "Every amended attendance mark: who amended it, when, the mark (learner, date,"
                        + " session), its old and new code, and the reason given.",
                    AUDIT,
                    Elasticsearch.raw("type:" + AMENDED),
                    AMENDMENT_COLUMNS)
                .width(24)
                .api(
                    ApiCall.list(
                        "/api/v1/audit/events",
                        "events",
                        AMENDMENT_COLUMNS.stream()
                            .map(c -> c.equals("effectiveDate") ? "occurredAt" : c)
                            .toList(),
                        "type",
                        AMENDED,
                        "size",
                        "500")),
            Panel.table(
                    "QA status per provider",
                    "Suitable when every essential criterion (themes 1 and 2) was fully met at the"
                        + " latest visit.",
                    PUBLISHED,
                    Elasticsearch.raw(
                        "indicator:qa AND figure:suitable AND interval:at AND by:provider AND"
                            + " group:${provider:lucene}"),
                    List.of("periodEnd", "group", "value"),
                    new Mapping("value", null, suitable))
                .api(
                    ApiCall.list(
                        "/api/v1/qa/providers",
                        "providers",
                        List.of(
                            "providerId", "name", "kind", "registered", "latestVisit", "suitable"),
                        "at",
                        "$to")),
            Panel.table(
                    "Essential-theme gates",
                    "Criteria of the essential themes not met or not judged at each provider's latest"
                        + " visit.",
                    PUBLISHED,
                    Elasticsearch.raw(
                        "indicator:qa-theme AND area:*essential* AND figure:(notMet OR unjudged) AND"
                            + " interval:at AND group:${provider:lucene}"),
                    List.of("group", "area", "figure", "value"))
                .api(
                    ApiCall.published(
                        null,
                        List.of("group", "area", "figure", "value"),
                        "indicator",
                        "qa-theme",
                        "area",
                        "*essential*",
                        "figure",
                        "notMet",
                        "figure",
                        "unjudged",
                        "interval",
                        "at",
                        "group",
                        "$provider")),
            Panel.barchart(
                    "Improvement actions overdue, by provider",
                    "Open improvement-plan actions past their by-when date.",
                    PUBLISHED,
                    "short",
                    Elasticsearch.meanBy(
                        "indicator:improvement-actions AND figure:overdue AND interval:at AND"
                            + " by:provider AND group:${provider:lucene}",
                        "value",
                        "group"))
                .api(
                    ApiCall.list(
                        "/api/v1/qa/improvement-plans",
                        "actions",
                        List.of(
                            "providerId",
                            "planId",
                            "actionId",
                            "theme",
                            "criterion",
                            "byWhen",
                            "daysOverdue",
                            "personResponsible",
                            "lastStatus"),
                        "overdueAt",
                        "$to",
                        "provider",
                        "$provider")),
            Panel.table(
                    "Registration alerts",
                    "mustRegister 1: an unregistered provider at the registration threshold;"
                        + " breaches: its placements of more than 10 hours a week.",
                    PUBLISHED,
                    Elasticsearch.raw(
                        "indicator:registration AND interval:at AND by:provider AND"
                            + " group:${provider:lucene}"),
                    List.of("periodEnd", "group", "figure", "value"))
                .api(
                    ApiCall.list(
                        "/api/v1/qa/providers",
                        "providers",
                        List.of("providerId", "name", "registered", "mustRegister", "breaches"),
                        "at",
                        "$to")),
            Panel.table(
                    "Self-review gaps",
                    "Each provider's latest self-review of each catalogue (ECM 'Find the Gaps',"
                        + " ILP checklist, progress-review monitoring): items not yet in place"
                        + " (gaps: judged partly, judged a gap, or not judged), of all the"
                        + " catalogue's items.",
                    PUBLISHED,
                    Elasticsearch.raw(
                        "indicator:self-review AND interval:at AND by:provider AND"
                            + " group:${provider:lucene}"),
                    SELF_REVIEW_COLUMNS)
                .width(24)
                .api(
                    ApiCall.published(
                        null,
                        SELF_REVIEW_COLUMNS,
                        "indicator",
                        "self-review",
                        "interval",
                        "at",
                        "group",
                        "$provider"))),
        Set.of("INSPECTOR", "SENIOR_MANAGER"));
  }

  static final String AMENDED = AttendanceMarkAmendedEvent.class.getSimpleName();

  /** Who, when, which mark, old and new code, reason: payload fields are stored, not indexed. */
  static final List<String> AMENDMENT_COLUMNS =
      List.of(
          "recordedAt",
          "recordedBy",
          "learnerId",
          "payload.date",
          "payload.session",
          "payload.oldCode",
          "payload.newCode",
          "payload.reason",
          "source");

  static final List<String> SELF_REVIEW_COLUMNS =
      List.of("periodEnd", "group", "area", "figure", "value");

  /**
   * The latest events (at most 500) counted per value of {@code field}; {@code provider} {@code *}
   * for every event (most name no provider), else only those naming a selected provider.
   */
  private static ApiCall events(String field, String provider) {
    List<String> p = new java.util.ArrayList<>();
    if (!provider.equals("*")) {
      p.addAll(List.of("provider", provider));
    }
    p.addAll(List.of("size", "500"));
    return ApiCall.count("/api/v1/audit/events", "events", field, p.toArray(String[]::new));
  }
}
