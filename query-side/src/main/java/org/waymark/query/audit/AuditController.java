package org.waymark.query.audit;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.web.NotFoundException;
import org.waymark.query.web.Parameters;

/**
 * The audit trail for inspectors (CONTRACT.md "Queries", issue 6 "History"):
 *
 * <ul>
 *   <li>{@code GET /api/v1/audit/learners/{id}?asAt=} → {@code {learner, events}}: the learner as
 *       recorded at {@code asAt} and their events recorded at or before it, by position;
 *   <li>{@code GET /api/v1/audit/events?provider=&learner=&type=&from=&to=&page=&size=} → a page of
 *       every event, newest first;
 *   <li>{@code GET /api/v1/audit/amendments?provider=&from=&to=} → every {@code *AmendedEvent} with
 *       who, when, old and new values and reason, newest first.
 * </ul>
 *
 * {@code occurredAt} is the date the fact takes effect when the event has one (the metadata's
 * effective date, else the payload's own date: mark date, review held on, …), otherwise the UTC
 * date it was recorded. {@code from}/{@code to} filter on the UTC date an event was recorded.
 */
@RestController
class AuditController {
  /** Elasticsearch's default result window: {@code (page + 1) × size} may not exceed it. */
  static final int WINDOW = 10_000;

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/v1/audit/learners/{learnerId}")
  Map<String, Object> learner(
      @PathVariable String learnerId, @RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    Instant asAt = p.instant("asAt");
    p.validate();
    Map<String, Object> learner =
        trail
            .learnerAsAt(learnerId, asAt)
            .orElseThrow(() -> new NotFoundException("learner", learnerId));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("learner", learner);
    out.put(
        "events",
        trail.learnerEvents(learnerId, asAt).stream().map(AuditController::event).toList());
    return out;
  }

  @GetMapping("/api/v1/audit/events")
  Map<String, Object> events(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    List<String> providers = p.ids("provider");
    List<String> learners = p.ids("learner");
    List<String> types = types(p);
    LocalDate from = p.date("from", null);
    LocalDate to = p.date("to", null);
    period(p, from, to);
    int page = p.integer("page", 0, 0, WINDOW - 1);
    int size = p.integer("size", 50, 1, 500);
    if (!p.hasProblem("page") && !p.hasProblem("size") && (long) (page + 1) * size > WINDOW) {
      p.problem(
          "page",
          Integer.toString(page),
          "reaches beyond the first " + WINDOW + " entries; narrow the search with from and to");
    }
    p.validate();
    AuditTrail.Page result =
        trail.search(new AuditTrail.Search(learners, providers, types, from, to, page, size));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("page", result.page());
    out.put("size", result.size());
    out.put("total", result.total());
    out.put("events", result.entries().stream().map(AuditController::searchHit).toList());
    return out;
  }

  @GetMapping("/api/v1/audit/amendments")
  Map<String, Object> amendments(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    List<String> providers = p.ids("provider");
    LocalDate from = p.date("from", null);
    LocalDate to = p.date("to", null);
    period(p, from, to);
    p.validate();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "amendments",
        trail.amendments(providers, from, to).stream().map(AuditController::amendment).toList());
    return out;
  }

  private static List<String> types(Parameters p) {
    List<String> types = p.ids("type");
    for (String t : types) {
      if (!AuditEntries.EVENT_TYPES.contains(t)) {
        p.problem("type", t, "must be an event type such as AttendanceMarkAmendedEvent");
      }
    }
    return types;
  }

  private static void period(Parameters p, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      p.problem("from", from.toString(), "must not be after to (" + to + ")");
    }
  }

  /** An event of a learner's trail: the contract's fields, then source and summary. */
  static Map<String, Object> event(AuditEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("position", e.position());
    out.put("type", e.type());
    out.put("occurredAt", e.occurredAt());
    out.put("recordedAt", e.recordedAt());
    out.put("recordedBy", e.recordedBy());
    out.put("payload", e.payload());
    out.put("source", e.source());
    out.put("summary", e.summary());
    return out;
  }

  static Map<String, Object> searchHit(AuditEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("position", e.position());
    out.put("type", e.type());
    out.put("context", e.context());
    out.put("learnerId", e.learnerId());
    out.put("providerId", e.providerId());
    out.put("occurredAt", e.occurredAt());
    out.put("recordedAt", e.recordedAt());
    out.put("recordedBy", e.recordedBy());
    out.put("source", e.source());
    out.put("summary", e.summary());
    out.put("payload", e.payload());
    return out;
  }

  static Map<String, Object> amendment(AuditEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("position", e.position());
    out.put("type", e.type());
    out.put("context", e.context());
    out.put("learnerId", e.learnerId());
    out.put("providerId", e.providerId());
    out.put("occurredAt", e.occurredAt());
    out.put("recordedAt", e.recordedAt());
    out.put("recordedBy", e.recordedBy());
    out.put("source", e.source());
    out.put("changes", e.changes());
    out.put("reason", e.reason());
    out.put("summary", e.summary());
    return out;
  }
}
