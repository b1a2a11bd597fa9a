package org.waymark.api.learner;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * School-census main ethnicity codes and the major group each reports under (CONTRACT.md,
 * "Characteristic codes").
 */
public enum Ethnicity {
  WBRI("White - British", EthnicGroup.White),
  WIRI("White - Irish", EthnicGroup.White),
  WIRT("Traveller of Irish heritage", EthnicGroup.White),
  WOTH("Any other White background", EthnicGroup.White),
  WROM("Gypsy / Roma", EthnicGroup.White),
  MWBC("White and Black Caribbean", EthnicGroup.Mixed),
  MWBA("White and Black African", EthnicGroup.Mixed),
  MWAS("White and Asian", EthnicGroup.Mixed),
  MOTH("Any other mixed background", EthnicGroup.Mixed),
  AIND("Indian", EthnicGroup.Asian),
  APKN("Pakistani", EthnicGroup.Asian),
  ABAN("Bangladeshi", EthnicGroup.Asian),
  AOTH("Any other Asian background", EthnicGroup.Asian),
  BCRB("Black Caribbean", EthnicGroup.Black),
  BAFR("Black - African", EthnicGroup.Black),
  BOTH("Any other Black background", EthnicGroup.Black),
  CHNE("Chinese", EthnicGroup.Chinese),
  OOTH("Any other ethnic group", EthnicGroup.Other),
  REFU("Refused", EthnicGroup.Unclassified),
  NOBT("Information not yet obtained", EthnicGroup.Unclassified);

  private static final Map<String, Ethnicity> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

  private final String description;
  private final EthnicGroup group;

  Ethnicity(String description, EthnicGroup group) {
    this.description = description;
    this.group = group;
  }

  public String description() {
    return description;
  }

  public EthnicGroup group() {
    return group;
  }

  /**
   * @throws IllegalArgumentException naming the code when it is not a census main code
   */
  public static Ethnicity fromCode(String code) {
    Ethnicity e = code == null ? null : BY_CODE.get(code);
    if (e == null) {
      throw new IllegalArgumentException("unknown ethnicity code '" + code + "'");
    }
    return e;
  }
}
