package org.waymark.infra.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.waymark.infra.demo.DemoSpec;

class DemoLoaderTest {
  @Test
  void theDemoCoversThisAcademicYearUpToYesterdayAtMostOneTerm() {
    DemoSpec spec = DemoLoader.specFor(LocalDate.of(2026, 11, 23));
    assertThat(spec.from()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(spec.to()).isEqualTo(LocalDate.of(2026, 11, 22));
    assertThat(spec.learners()).isEqualTo(2_000);

    DemoSpec spring = DemoLoader.specFor(LocalDate.of(2027, 3, 10));
    assertThat(spring.from()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(spring.to()).isEqualTo(LocalDate.of(2026, 12, 15));
  }

  @Test
  void earlyInSeptemberTheDemoIsLastYearsAutumnTerm() {
    DemoSpec spec = DemoLoader.specFor(LocalDate.of(2026, 9, 5));
    assertThat(spec.from()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(spec.to()).isEqualTo(LocalDate.of(2025, 12, 15));
  }
}
