package org.waymark.infra.allinone.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.dashboards.Dashboards;

/** The page definitions the built-in dashboards are drawn from, without a running server. */
class DashboardPagesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> m, String key) {
    return (List<Map<String, Object>>) m.get(key);
  }

  @Test
  void theGovernorsPageOffersCharacteristicPeriodAreaAndDatesButNoProvider() {
    Map<String, Object> d =
        DashboardPages.definition(Dashboards.find("governors").orElseThrow(), TODAY);
    assertThat(list(d, "variables"))
        .extracting(v -> v.get("name"))
        .containsExactly("by", "period", "area", "from", "to");
    Map<String, Object> by = list(d, "variables").get(0);
    assertThat((List<String>) by.get("options"))
        .containsExactly("sex", "ethnicity", "send", "disadvantaged", "lookedAfter", "eal");
    assertThat(list(d, "variables").get(3).get("value")).isEqualTo("2026-09-01");
    assertThat(list(d, "variables").get(4).get("value")).isEqualTo("2026-11-23");
    assertThat(d.get("audience")).asString().contains("GOVERNOR");
  }

  @Test
  void everyPanelButTextCarriesItsQueryApiSource() {
    for (var dashboard : Dashboards.all()) {
      Map<String, Object> d = DashboardPages.definition(dashboard, TODAY);
      assertThat(list(d, "panels")).hasSize(dashboard.panels().size());
      for (Map<String, Object> p : list(d, "panels")) {
        assertThat(p.get("type").equals("text") || p.get("api") != null)
            .as(dashboard.slug() + " / " + p.get("title"))
            .isTrue();
      }
    }
  }

  @Test
  void theAcademicYearStartsOnTheFirstOfSeptember() {
    Map<String, Object> d =
        DashboardPages.definition(
            Dashboards.find("senior-managers").orElseThrow(), LocalDate.of(2026, 3, 2));
    Map<String, Object> from =
        list(d, "variables").stream().filter(v -> v.get("name").equals("from")).findFirst().get();
    assertThat(from.get("value")).isEqualTo("2025-09-01");
  }

  @Test
  void findsChartJsOnTheClasspath() {
    assertThat(DashboardPages.chartJsVersion()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void escapesMarkup() {
    assertThat(DashboardPages.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }
}
