package org.waymark.access.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDateTest {

  @Test
  void readsEveryDayOfALeapYearAndTheYearAfterAsLocalDateParseDoes() {
    for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); ) {
      assertThat(IsoDate.fastOrNull(d.toString())).isEqualTo(d);
      assertThat(IsoDate.parse(d.toString())).isEqualTo(LocalDate.parse(d.toString()));
      d = d.plusDays(1);
    }
    assertThat(IsoDate.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
  }

  @Test
  void leavesEveryOtherShapeToLocalDateParseWithItsAnswerOrItsError() {
    assertThat(IsoDate.fastOrNull("+12025-09-01")).isNull();
    assertThat(IsoDate.parse("+12025-09-01")).isEqualTo(LocalDate.of(12025, 9, 1));
    for (String bad :
        List.of(
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "2025-9-01",
            "2025/09/01",
            "20250901",
            "2025-09-0x",
            " 2025-09-1",
            "2025-09-01T",
            "")) {
      assertThat(IsoDate.fastOrNull(bad)).as(bad).isNull();
      assertThatThrownBy(() -> IsoDate.parse(bad))
          .as(bad)
          .isInstanceOf(DateTimeParseException.class);
    }
    assertThat(IsoDate.fastOrNull(null)).isNull();
  }
}
