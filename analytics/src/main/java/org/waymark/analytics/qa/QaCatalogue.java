package org.waymark.analytics.qa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The QA framework as data (the catalogue itself is published by {@code api}; analytics takes it as
 * input so there is one copy).
 *
 * @param themes the themes, in any order; listed by number
 */
public record QaCatalogue(List<QaTheme> themes) {
  public QaCatalogue {
    themes = themes.stream().sorted(Comparator.comparingInt(QaTheme::number)).toList();
    if (themes.stream().map(QaTheme::number).distinct().count() != themes.size()) {
      throw new IllegalArgumentException("the QA catalogue lists a theme number twice");
    }
  }

  /** The theme with this number. */
  public Optional<QaTheme> theme(int number) {
    return themes.stream().filter(t -> t.number() == number).findFirst();
  }

  /** The number of criteria over every theme (44 in the framework of seed 002). */
  public int criteria() {
    return themes.stream().mapToInt(t -> t.criteria().size()).sum();
  }
}
