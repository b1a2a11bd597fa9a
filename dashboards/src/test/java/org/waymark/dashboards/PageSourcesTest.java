package org.waymark.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every panel can be drawn by the built-in page from the same definition, within its audience. */
class PageSourcesTest {

  @Test
  void everyPanelWithAQueryHasAQueryApiSourceOnTheSameOrigin() {
    for (Dashboard d : Dashboards.all()) {
      for (Panel p : d.panels()) {
        if (p.type().equals("text")) {
          continue;
        }
        assertThat(p.api()).as(d.uid() + " / " + p.title() + " has no page source").isNotNull();
        assertThat(p.api().path())
            .as(p.title())
            .satisfiesAnyOf(
                path -> assertThat(path).startsWith("/api/v1/"),
                path -> assertThat(path).isEqualTo("/actuator/prometheus"));
      }
    }
  }

  @Test
  void theGovernorsPanelsReadOnlyPublishedSuppressedAggregates() {
    Dashboard governors = Dashboards.find("governors").orElseThrow();
    for (Panel p : governors.panels()) {
      if (p.api() != null) {
        assertThat(p.api().path()).as(p.title()).isEqualTo("/api/v1/published/aggregates");
      }
    }
  }

  @Test
  void aGovernorIsInTheAudienceOfTheGovernorsDashboardOnly() {
    List<String> seenByGovernors =
        Dashboards.all().stream()
            .filter(d -> d.audience().contains("GOVERNOR"))
            .map(Dashboard::slug)
            .toList();
    assertThat(seenByGovernors).containsExactly("governors");
    assertThat(Dashboards.find("waymark-governors")).isPresent();
  }

  @Test
  void operationsPanelsReadTheMetricsTheirPromQlUses() {
    Dashboard ops = Dashboards.find("operations").orElseThrow();
    for (Panel p : ops.panels()) {
      assertThat(p.api().columns())
          .as(p.title())
          .containsExactlyElementsOf(Dashboards.prometheusMetrics(p));
    }
  }

  @Test
  void panelParametersNameOnlyVariablesThePageOffers() {
    List<String> known =
        List.of("$provider", "$from", "$to", "$by", "$area", "$learner", "$period");
    for (Dashboard d : Dashboards.all()) {
      for (Panel p : d.panels()) {
        if (p.api() == null) {
          continue;
        }
        p.api()
            .params()
            .values()
            .forEach(
                v -> {
                  if (v.startsWith("$")) {
                    assertThat(known).as(p.title()).contains(v);
                  }
                });
      }
    }
  }
}
