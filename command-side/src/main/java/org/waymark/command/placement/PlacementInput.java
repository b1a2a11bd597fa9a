package org.waymark.command.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.waymark.api.placement.RecordPlacementCommand;
import org.waymark.command.web.FieldReader;

/** The placements dataset's columns (CONTRACT.md) in camelCase, validated. */
final class PlacementInput {
  static final Set<String> FIELDS =
      Set.of(
          "placementId",
          "learnerId",
          "providerId",
          "startOn",
          "endOn",
          "hoursPerWeek",
          "soleProvider");
  static final BigDecimal MAX_HOURS = BigDecimal.valueOf(168);

  private PlacementInput() {}

  static RecordPlacementCommand read(FieldReader r) {
    String placementId = r.id("placementId");
    String learnerId = r.id("learnerId");
    String providerId = r.id("providerId");
    LocalDate startOn = r.date("startOn");
    LocalDate endOn = r.optionalDate("endOn");
    BigDecimal hours =
        r.code(
            "hoursPerWeek",
            v -> {
              BigDecimal h = new BigDecimal(v);
              if (h.signum() <= 0 || h.compareTo(MAX_HOURS) > 0) {
                throw new IllegalArgumentException();
              }
              return h;
            },
            "a number of hours above 0 and at most 168");
    boolean soleProvider = r.optionalYesNo("soleProvider", false);
    if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
      r.reject("endOn", "must not be before startOn");
    }
    return r.valid()
        ? new RecordPlacementCommand(
            placementId, learnerId, providerId, startOn, endOn, hours, soleProvider)
        : null;
  }
}
