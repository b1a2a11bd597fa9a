package org.waymark.access.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

  private static String iso(Instant i) {
    return DateTimeFormatter.ISO_INSTANT.format(i);
  }

  @Test
  void writesEveryKindOfFractionAsIsoInstantDoes() {
    for (String text :
        List.of(
            "1970-01-01T00:00:00Z",
            "2025-10-06T16:00:00Z",
            "2025-10-06T16:00:00.100Z",
            "2025-10-06T16:00:00.000001Z",
            "2025-10-06T16:00:00.000000001Z",
            "2025-10-06T16:00:00.120300Z",
            "2025-10-06T16:00:00.999999999Z",
            "2024-02-29T23:59:59.5Z",
            "2100-03-01T00:00:01Z",
            "9999-12-31T23:59:59.999999999Z")) {
      Instant i = Instant.parse(text);
      assertThat(IsoInstant.format(i)).as(text).isEqualTo(iso(i));
    }
  }

  @Test
  void writesRandomInstantsOfThreeCenturiesAsIsoInstantDoes() {
    SplittableRandom random = new SplittableRandom(20251006);
    long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2270-01-01T00:00:00Z").getEpochSecond();
    for (int n = 0; n < 200_000; n++) {
      long seconds = random.nextLong(from, to);
      int nano =
          switch (n % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant i = Instant.ofEpochSecond(seconds, nano);
      assertThat(IsoInstant.format(i)).isEqualTo(iso(i));
    }
  }

  @Test
  void leavesInstantsBefore1970OrAfter9999ToTheFormatter() {
    for (Instant i :
        List.of(
            Instant.parse("1969-12-31T23:59:59.999Z"),
            Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.MIN,
            Instant.MAX)) {
      assertThat(IsoInstant.format(i)).isEqualTo(iso(i));
    }
  }
}
