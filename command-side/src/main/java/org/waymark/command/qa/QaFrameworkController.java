package org.waymark.command.qa;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;
import org.waymark.api.qa.QaTheme;

/**
 * {@code GET /api/v1/catalogues/qa-framework}: the QA framework as data, so a client can build the
 * visit form (themes, criteria, requirement texts, the judgements each theme takes).
 */
@RestController
class QaFrameworkController {
  private final Map<String, Object> catalogue = render(QaFramework.standard());

  @GetMapping("/api/v1/catalogues/qa-framework")
  Map<String, Object> framework() {
    return catalogue;
  }

  static Map<String, Object> render(QaFramework framework) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Herefordshire Alternative Provision Quality Assurance Framework");
    body.put("themeCount", framework.themes().size());
    body.put("criterionCount", framework.criteria().size());
    body.put("themes", framework.themes().stream().map(QaFrameworkController::theme).toList());
    return Collections.unmodifiableMap(body);
  }

  private static Map<String, Object> theme(QaTheme t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("theme", t.number());
    m.put("title", t.title());
    m.put("essential", t.essential());
    m.put("guidingPrinciple", t.guidingPrinciple());
    m.put("judgements", t.judgements());
    m.put("criteria", t.criteria().stream().map(QaFrameworkController::criterion).toList());
    return m;
  }

  private static Map<String, Object> criterion(QaCriterion c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("criterion", c.number());
    m.put("heading", c.heading());
    m.put("requirement", c.requirement());
    return m;
  }
}
