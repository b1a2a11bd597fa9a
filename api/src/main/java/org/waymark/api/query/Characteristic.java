package org.waymark.api.query;

import java.util.Arrays;
import java.util.Optional;

/**
 * A characteristic a breakdown can be grouped {@code by} (CONTRACT.md, "Queries"), with its
 * parameter name as written in a query string.
 */
public enum Characteristic {
  SEX("sex"),
  ETHNICITY("ethnicity"),
  SEND("send"),
  DISADVANTAGED("disadvantaged"),
  LOOKED_AFTER("lookedAfter"),
  EAL("eal"),
  PROVIDER("provider"),
  YEAR_GROUP("yearGroup");

  private final String parameter;

  Characteristic(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code by} query parameter. */
  public String parameter() {
    return parameter;
  }

  public static Optional<Characteristic> fromParameter(String parameter) {
    return Arrays.stream(values()).filter(c -> c.parameter.equals(parameter)).findFirst();
  }
}
