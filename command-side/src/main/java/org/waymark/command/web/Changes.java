package org.waymark.command.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waymark.api.event.FieldChange;

/** Compares a record's recorded values with incoming ones, as contract codes, field by field. */
public final class Changes {
  private Changes() {}

  /** Every field whose value differs, in the order of {@code incoming}; empty when identical. */
  public static List<FieldChange> between(
      Map<String, String> recorded, Map<String, String> incoming) {
    List<FieldChange> changes = new ArrayList<>();
    incoming.forEach(
        (field, value) -> {
          String old = recorded.get(field);
          if (!Objects.equals(old, value)) {
            changes.add(new FieldChange(field, old, value));
          }
        });
    return changes;
  }

  public static String yn(boolean b) {
    return b ? "Y" : "N";
  }
}
