package org.waymark.analytics.qa;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the alternative-provision QA framework catalogue (CONTRACT.md "Definitions", "QA";
 * seed 002: nine themes, 44 criteria; themes 1 Safeguarding and 2 Health and safety essential).
 *
 * @param number the theme number, 1..9
 * @param title the theme's title
 * @param essential whether every criterion must be FULLY_MET for the provision to be suitable
 * @param criteria the ids of the theme's criteria, as judgements refer to them
 */
public record QaTheme(int number, String title, boolean essential, List<String> criteria) {
  public QaTheme {
    Objects.requireNonNull(title, "title");
    criteria = List.copyOf(criteria);
    if (criteria.stream().distinct().count() != criteria.size()) {
      throw new IllegalArgumentException("theme " + number + " lists a criterion twice");
    }
  }
}
