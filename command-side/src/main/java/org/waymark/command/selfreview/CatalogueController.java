package org.waymark.command.selfreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.selfreview.CatalogueItem;
import org.waymark.api.selfreview.EcmOutcome;
import org.waymark.api.selfreview.SelfReviewCatalogue;

/**
 * The self-review catalogues as data: {@code GET /api/v1/catalogues/ecm-find-the-gaps}, {@code
 * .../ilp-checklist} and {@code .../progress-review-monitoring}, each {@code {catalogue, slug,
 * title, items:[{code, section, outcome, text}]}} (the ECM one also lists its five outcomes).
 */
@RestController
@RequestMapping("/api/v1/catalogues")
class CatalogueController {

  @GetMapping("/ecm-find-the-gaps")
  Map<String, Object> ecmFindTheGaps() {
    Map<String, Object> body = describe(SelfReviewCatalogue.ECM_FIND_THE_GAPS);
    List<Map<String, String>> outcomes = new ArrayList<>();
    for (EcmOutcome o : EcmOutcome.values()) {
      outcomes.add(Map.of("outcome", o.name(), "title", o.title()));
    }
    body.put("outcomes", outcomes);
    return body;
  }

  @GetMapping("/ilp-checklist")
  Map<String, Object> ilpChecklist() {
    return describe(SelfReviewCatalogue.ILP_CHECKLIST);
  }

  @GetMapping("/progress-review-monitoring")
  Map<String, Object> progressReviewMonitoring() {
    return describe(SelfReviewCatalogue.PROGRESS_REVIEW_MONITORING);
  }

  static Map<String, Object> describe(SelfReviewCatalogue catalogue) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("catalogue", catalogue.name());
    body.put("slug", catalogue.slug());
    body.put("title", catalogue.title());
    List<Map<String, Object>> items = new ArrayList<>();
    for (CatalogueItem item : catalogue.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", item.code());
      m.put("section", item.section());
      m.put("outcome", item.outcome() == null ? null : item.outcome().name());
      m.put("text", item.text());
      items.add(m);
    }
    body.put("items", items);
    return body;
  }
}
