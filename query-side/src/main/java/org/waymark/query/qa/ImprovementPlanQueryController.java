package org.waymark.query.qa;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.query.qa.ImprovementPlanDocument.Action;
import org.waymark.query.store.DocumentStore;
import org.waymark.query.store.ReadModels;
import org.waymark.query.web.Parameters;

/**
 * {@code GET /api/v1/qa/improvement-plans?overdueAt=DATE}: the improvement actions open on {@code
 * overdueAt} (default today) whose {@code byWhen} is before it, as the history stood at {@code
 * asAt}; {@code provider} (repeatable) narrows to some providers.
 */
@RestController
class ImprovementPlanQueryController {
  private final DocumentStore store;
  private final Clock clock;

  ImprovementPlanQueryController(DocumentStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * {@code {overdueAt, actions:[{planId, providerId, actionId, theme, criterion, area, action,
   * byWhen, daysOverdue, personResponsible, lastStatus}]}} ordered by {@code byWhen}, plan and
   * action.
   */
  @GetMapping("/api/v1/qa/improvement-plans")
  Map<String, Object> overdue(@RequestParam MultiValueMap<String, String> raw) throws IOException {
    Parameters p = new Parameters(raw);
    LocalDate overdueAt = p.date("overdueAt", LocalDate.now(clock));
    List<String> providers = p.ids("provider");
    Instant asAt = p.instant("asAt");
    p.validate();
    Query query =
        providers.isEmpty()
            ? Query.of(q -> q.matchAll(m -> m))
            : Query.of(
                q ->
                    q.terms(
                        t ->
                            t.field("providerId")
                                .terms(
                                    v ->
                                        v.value(providers.stream().map(FieldValue::of).toList()))));
    record Overdue(ImprovementPlanDocument plan, Action action) {}
    List<Overdue> found = new ArrayList<>();
    for (ImprovementPlanDocument plan :
        store.findAll(ReadModels.IMPROVEMENT_PLANS, query, ImprovementPlanDocument.class)) {
      if (asAt != null && plan.firstRecordedAt().isAfter(asAt)) {
        continue;
      }
      for (Action a : plan.actions()) {
        if (a.openAt(asAt, overdueAt) && a.byWhen().isBefore(overdueAt)) {
          found.add(new Overdue(plan, a));
        }
      }
    }
    found.sort(
        Comparator.comparing((Overdue o) -> o.action().byWhen())
            .thenComparing(o -> o.plan().planId())
            .thenComparing(o -> o.action().actionId()));
    List<Map<String, Object>> actions = new ArrayList<>();
    for (Overdue o : found) {
      Action a = o.action();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("planId", o.plan().planId());
      row.put("providerId", o.plan().providerId());
      row.put("actionId", a.actionId());
      row.put("theme", a.theme());
      row.put("criterion", a.criterion());
      row.put("area", a.area());
      row.put("action", a.action());
      row.put("byWhen", a.byWhen().toString());
      row.put("daysOverdue", ChronoUnit.DAYS.between(a.byWhen(), overdueAt));
      row.put("personResponsible", a.personResponsible());
      row.put(
          "lastStatus",
          a.lastReviewAt(asAt).map(ImprovementPlanDocument.Review::status).orElse(null));
      actions.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("overdueAt", overdueAt.toString());
    out.put("actions", actions);
    return out;
  }
}
