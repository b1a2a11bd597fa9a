package org.waymark.query.qa;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.analytics.qa.ProviderQa;
import org.waymark.analytics.qa.ThemeResult;
import org.waymark.query.provider.ProviderDocument;
import org.waymark.query.web.NotFoundException;
import org.waymark.query.web.Parameters;

/**
 * The QA queries: {@code GET /api/v1/qa/providers/{id}} exactly as CONTRACT.md "Queries" answers
 * it, and {@code GET /api/v1/qa/providers}, every provider's position in brief. Both take {@code
 * at} (date, default today: CONTRACT.md "QA at date {@code at}") and {@code asAt} (instant: the
 * history as it stood then).
 */
@RestController
class QaProviderController {
  private final QaStatus status;
  private final Clock clock;

  QaProviderController(QaStatus status, Clock clock) {
    this.status = status;
    this.clock = clock;
  }

  /**
   * {@code {providerId, registered, latestVisit, suitable, themes:[{theme, title, essential,
   * fullyMet, partiallyMet, notMet, unjudged}], mustRegister, breaches:[placementId…]}}; 404 for a
   * provider not recorded by {@code asAt}.
   */
  @GetMapping("/api/v1/qa/providers/{providerId}")
  Map<String, Object> provider(
      @PathVariable String providerId, @RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    LocalDate at = p.date("at", LocalDate.now(clock));
    Instant asAt = p.instant("asAt");
    p.validate();
    ProviderQa qa =
        status
            .provider(providerId, at, asAt)
            .orElseThrow(() -> new NotFoundException("provider", providerId));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("providerId", qa.providerId());
    out.put("registered", qa.registered());
    out.put("latestVisit", qa.latestVisit());
    out.put("suitable", qa.suitable());
    List<Map<String, Object>> themes = new ArrayList<>();
    for (ThemeResult t : qa.themes()) {
      Map<String, Object> theme = new LinkedHashMap<>();
      theme.put("theme", t.theme());
      theme.put("title", t.title());
      theme.put("essential", t.essential());
      theme.put("fullyMet", t.fullyMet());
      theme.put("partiallyMet", t.partiallyMet());
      theme.put("notMet", t.notMet());
      theme.put("unjudged", t.unjudged());
      themes.add(theme);
    }
    out.put("themes", themes);
    out.put("mustRegister", qa.mustRegister());
    out.put("breaches", qa.breaches());
    return out;
  }

  /**
   * {@code {at, providers:[{providerId, name, kind, registered, latestVisit, suitable,
   * mustRegister, breaches}]}}, ordered by provider id (only those named by {@code provider},
   * repeatable, when given), {@code breaches} the number of breaching placements; name and kind as
   * recorded by {@code asAt}.
   */
  @GetMapping("/api/v1/qa/providers")
  Map<String, Object> providers(@RequestParam MultiValueMap<String, String> raw)
      throws IOException {
    Parameters p = new Parameters(raw);
    LocalDate at = p.date("at", LocalDate.now(clock));
    Instant asAt = p.instant("asAt");
    List<String> only = p.ids("provider");
    p.validate();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (QaStatus.ProviderStatus s : status.providers(at, asAt)) {
      if (!only.isEmpty() && !only.contains(s.qa().providerId())) {
        continue;
      }
      ProviderDocument.ProviderRecord record = s.provider().recordAt(asAt).orElseThrow();
      ProviderQa qa = s.qa();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("providerId", qa.providerId());
      row.put("name", record.name());
      row.put("kind", record.kind());
      row.put("registered", qa.registered());
      row.put("latestVisit", qa.latestVisit());
      row.put("suitable", qa.suitable());
      row.put("mustRegister", qa.mustRegister());
      row.put("breaches", qa.breaches().size());
      rows.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", at.toString());
    out.put("providers", rows);
    return out;
  }
}
