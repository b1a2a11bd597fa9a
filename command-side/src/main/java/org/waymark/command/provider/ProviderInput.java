package org.waymark.command.provider;

import java.util.Set;
import org.waymark.api.provider.ProviderKind;
import org.waymark.api.provider.RecordProviderCommand;
import org.waymark.command.web.FieldReader;

/** The providers dataset's columns (CONTRACT.md) in camelCase, validated. */
final class ProviderInput {
  static final Set<String> FIELDS = Set.of("providerId", "name", "kind", "registered", "dfeNumber");

  private ProviderInput() {}

  static RecordProviderCommand read(FieldReader r) {
    String providerId = r.id("providerId");
    String name = r.text("name", 200);
    ProviderKind kind =
        r.code(
            "kind",
            ProviderKind::valueOf,
            "SCHOOL, COLLEGE, WORK_BASED_LEARNING, ALTERNATIVE_PROVISION");
    boolean registered = r.yesNo("registered");
    String dfeNumber = r.optionalText("dfeNumber", 20);
    if (dfeNumber != null && !dfeNumber.matches("[0-9]{3}/?[0-9]{4}")) {
      r.reject(
          "dfeNumber", "must be a DfE number such as 884/6001 (LA code and establishment number)");
    }
    return r.valid()
        ? new RecordProviderCommand(providerId, name, kind, registered, dfeNumber)
        : null;
  }
}
