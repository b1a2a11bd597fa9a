package org.waymark.query.qa;

import org.waymark.analytics.qa.QaCatalogue;
import org.waymark.analytics.qa.QaTheme;
import org.waymark.api.qa.QaCriterion;
import org.waymark.api.qa.QaFramework;

/**
 * The framework {@code api} publishes (nine themes, 44 criteria; themes 1 and 2 essential:
 * CONTRACT.md "Definitions", "QA") in the shape {@code analytics} takes, criteria named by number
 * ({@code "1.3"}) as the judgement events name them.
 */
public final class QaCatalogues {
  private static final QaCatalogue STANDARD = of(QaFramework.standard());

  private QaCatalogues() {}

  public static QaCatalogue standard() {
    return STANDARD;
  }

  static QaCatalogue of(QaFramework framework) {
    return new QaCatalogue(
        framework.themes().stream()
            .map(
                t ->
                    new QaTheme(
                        t.number(),
                        t.title(),
                        t.essential(),
                        t.criteria().stream().map(QaCriterion::number).toList()))
            .toList());
  }
}
