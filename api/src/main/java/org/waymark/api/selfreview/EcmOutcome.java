package org.waymark.api.selfreview;

/**
 * The five Every Child Matters outcomes that group the statements of the 'Find the Gaps' tool (seed
 * 000); a statement's code begins with its outcome's letter (W01, S13, A46, C09, H20).
 */
public enum EcmOutcome {
  W("Achieve Economic Well-Being"),
  S("Stay Safe"),
  A("Enjoy and Achieve"),
  C("Make a Positive Contribution"),
  H("Be Healthy");

  private final String title;

  EcmOutcome(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** The outcome of a statement code such as {@code A46}. */
  public static EcmOutcome ofCode(String code) {
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException("no ECM outcome for an empty code");
    }
    return valueOf(code.substring(0, 1));
  }
}
