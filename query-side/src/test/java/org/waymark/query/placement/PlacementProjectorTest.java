package org.waymark.query.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.api.event.FieldChange;
import org.waymark.query.placement.PlacementDocument.PlacementState;
import org.waymark.query.store.EventContext;
import org.waymark.query.store.History;

/** A placement's amendments become versions, each answering {@code asAt}. */
class PlacementProjectorTest {
  static final Instant T1 = Instant.parse("2025-09-01T08:00:00Z");
  static final Instant T2 = Instant.parse("2025-10-01T08:00:00Z");

  @Test
  void appliesTheCommandSidesFieldNamesAndCodes() {
    PlacementState s =
        new PlacementState(
            "L-1", "P-1", LocalDate.of(2025, 9, 1), null, new BigDecimal("10"), false);

    PlacementState next =
        PlacementProjector.amended(
            s,
            List.of(
                new FieldChange("hoursPerWeek", "10", "22.5"),
                new FieldChange("soleProvider", "N", "Y"),
                new FieldChange("endOn", null, "2026-07-20")));

    assertThat(next.hoursPerWeek()).isEqualByComparingTo("22.5");
    assertThat(next.soleProvider()).isTrue();
    assertThat(next.endOn()).isEqualTo(LocalDate.of(2026, 7, 20));
    assertThat(
            PlacementProjector.amended(next, List.of(new FieldChange("endOn", "x", null))).endOn())
        .isNull();
  }

  @Test
  void answersTheHoursInForceAtAnInstant() {
    PlacementState before =
        new PlacementState(
            "L-1", "P-1", LocalDate.of(2025, 9, 1), null, new BigDecimal("10"), false);
    PlacementState after =
        PlacementProjector.amended(before, List.of(new FieldChange("hoursPerWeek", "10", "22")));
    var versions =
        History.append(
            History.append(List.of(), before, new EventContext(1, T1, "u", "api", null, "Started")),
            after,
            new EventContext(2, T2, "u", "api", null, "Amended"));
    PlacementDocument d = PlacementDocument.of("PL-1", T1, 2, versions);

    assertThat(d.hoursPerWeek()).isEqualTo(22.0);
    assertThat(d.placementAt(T2.minusSeconds(1)).orElseThrow().hoursPerWeek()).isEqualTo(10.0);
    assertThat(d.placementAt(T2).orElseThrow().hoursPerWeek()).isEqualTo(22.0);
    assertThat(d.placementAt(T1.minusSeconds(1))).isEmpty();
  }
}
