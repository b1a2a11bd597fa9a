package org.waymark.api.learner;

/**
 * Special educational needs and disability provision, census codes: {@code N} none, {@code K} SEN
 * support, {@code E} education, health and care (EHC) plan.
 */
public enum SendStatus {
  N("No special educational need"),
  K("SEN support"),
  E("Education, health and care plan");

  private final String description;

  SendStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
