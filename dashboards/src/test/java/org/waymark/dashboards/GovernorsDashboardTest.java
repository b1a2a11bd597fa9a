package org.waymark.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GovernorsDashboardTest {
  @Test
  void readsOnlyThePublishedAggregates() {
    Dashboard governors = GovernorsDashboard.define();
    assertThat(governors.datasources())
        .as("governors must never see learner-level data: only the suppressed aggregates")
        .containsExactly(Datasource.PUBLISHED);
  }

  @Test
  void coversEveryEqualityCharacteristic() {
    assertThat(GovernorsDashboard.CHARACTERISTICS)
        .containsExactly("sex", "ethnicity", "send", "disadvantaged", "lookedAfter", "eal");
  }

  @Test
  void showsASuppressedGroupsNullValueAsSuppressed() {
    for (Panel p : GovernorsDashboard.define().panels()) {
      if (p.type().equals("table")) {
        assertThat(p.mappings())
            .as(p.title())
            .contains(Mapping.suppressed("value"), Mapping.suppressed("learners"));
        assertThat(p.columns()).contains("gapToRest", "significant");
      }
    }
  }

  @Test
  void publishesEveryIndicatorFigure() {
    List<String> queries =
        GovernorsDashboard.define().panels().stream()
            .flatMap(p -> p.queries().stream())
            .map(q -> ((Query.Elasticsearch) q).lucene())
            .toList();
    for (String figure :
        List.of(
            "absenceRate",
            "persistentAbsenceRate",
            "severeAbsenceRate",
            "authorisedRate",
            "unauthorisedRate",
            "meanDistanceTravelled",
            "meanValueAdded",
            "figure:gap",
            "achievementRate",
            "overdue",
            "reviewCurrency")) {
      assertThat(queries).as(figure).anyMatch(q -> q.contains(figure));
    }
  }
}
